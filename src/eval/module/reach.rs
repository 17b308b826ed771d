//! What an expression reaches without being evaluated: the resources it names, the variables
//! and module outputs it reads, directly or through locals. It is the same for every
//! instance of a module, so each module works it out once for the expressions evaluation
//! follows references through.

use super::*;

#[derive(Debug, Default, Clone)]
pub(super) struct Reach {
    /// Resources named (`aws_s3_bucket.b`), each with the index expression that picks an
    /// instance (`[each.key]`), evaluated per instance.
    pub resources: Vec<(String, Option<Expr>)>,
    /// The variables read, each once.
    pub vars: Vec<String>,
    /// Each read of a variable, with the attribute or key it reads first when it names one:
    /// `var.logging["target_bucket"]` reads `target_bucket` of `logging`.
    pub var_reads: Vec<(String, Option<String>)>,
    /// Module outputs read: `module.vpc.vpc_id`, with the index expression that picks an
    /// instance of the call (`module.vpc["a"].vpc_id`).
    pub outputs: Vec<(String, String, Option<Expr>)>,
    /// The expression itself (not a local it reads) uses `each.value`.
    pub uses_each_value: bool,
}

impl Reach {
    /// The reach of one expression, on its own.
    pub fn of(expr: &Expr, module: &Module) -> Reach {
        ReachIndex::new(module, Vec::new()).compute(expr, module)
    }

    fn add(&mut self, other: &Reach) {
        self.resources.extend(other.resources.iter().cloned());
        for name in &other.vars {
            if !self.vars.contains(name) {
                self.vars.push(name.clone());
            }
        }
        self.var_reads.extend(other.var_reads.iter().cloned());
        self.outputs.extend(other.outputs.iter().cloned());
    }
}

/// What an expression names itself, and the locals it reads.
struct Direct {
    reach: Reach,
    locals: Vec<String>,
}

impl Direct {
    fn of(expr: &Expr) -> Direct {
        let mut reach = Reach::default();
        let mut locals = Vec::new();
        expr.walk(&mut |e| reach.resources.extend(resource_reference(e)));
        expr.walk_while(&mut |e| match variable_read(e) {
            Some(read) => {
                reach.var_reads.push(read);
                false
            }
            None => match output_read(e) {
                Some(read) => {
                    reach.outputs.push(read);
                    false
                }
                None => true,
            },
        });
        expr.for_each_reference(&mut |path| match path {
            ["var", name, ..] if !reach.vars.iter().any(|v| v == name) => {
                reach.vars.push(name.to_string());
            }
            ["local", name, ..] => locals.push(name.to_string()),
            ["each", "value", ..] => reach.uses_each_value = true,
            _ => {}
        });
        Direct { reach, locals }
    }
}

/// The reach of the expressions of one module that references are followed through (every
/// top-level argument of its resources, module calls and outputs, and the values of object
/// constructors among them), each worked out the first
/// time an instance asks, and of each local, shared by every expression that reads it.
/// Arguments are found by the expression's address, which is stable while the scan's modules
/// are borrowed.
pub(super) struct ReachIndex {
    slots: HashMap<usize, usize>,
    arguments: Vec<OnceLock<Reach>>,
    locals: Vec<OnceLock<Direct>>,
}

impl ReachIndex {
    pub fn build(module: &Module) -> ReachIndex {
        let bodies = module
            .resources
            .iter()
            .map(|r| &r.block.body)
            .chain(module.module_calls.iter().map(|c| &c.block.body))
            .chain(module.outputs.iter().map(|o| &o.block.body));
        let mut arguments = Vec::new();
        for attribute in bodies.flat_map(|body| &body.attributes) {
            arguments.push(address(&attribute.value));
            // A module argument's object keys are followed one by one (`var.cfg.bucket`).
            if let ExprKind::Object(items) = &attribute.value.kind {
                arguments.extend(items.iter().map(|(_, value)| address(value)));
            }
        }
        ReachIndex::new(module, arguments)
    }

    fn new(module: &Module, arguments: Vec<usize>) -> ReachIndex {
        ReachIndex {
            slots: arguments.iter().enumerate().map(|(i, &a)| (a, i)).collect(),
            arguments: arguments.iter().map(|_| OnceLock::new()).collect(),
            locals: module.locals.iter().map(|_| OnceLock::new()).collect(),
        }
    }

    /// The reach of `expr`, kept when it is one of the module's arguments.
    pub fn get<'i>(&'i self, expr: &Expr, module: &Module) -> Cow<'i, Reach> {
        match self.slots.get(&address(expr)) {
            Some(&slot) => {
                Cow::Borrowed(self.arguments[slot].get_or_init(|| self.compute(expr, module)))
            }
            None => Cow::Owned(self.compute(expr, module)),
        }
    }

    /// The expression's reach, through every local it reads, directly or not, each once.
    fn compute(&self, expr: &Expr, module: &Module) -> Reach {
        let Direct { mut reach, locals } = Direct::of(expr);
        let mut pending = locals;
        let mut seen: Vec<String> = Vec::new();
        while let Some(name) = pending.pop() {
            if seen.contains(&name) {
                continue;
            }
            if let Some(&index) = module.local_index.get(&name) {
                let local = self.locals[index]
                    .get_or_init(|| Direct::of(&module.locals[index].attribute.value));
                reach.add(&local.reach);
                pending.extend(local.locals.iter().cloned());
            }
            seen.push(name);
        }
        reach
    }
}

fn address(expr: &Expr) -> usize {
    std::ptr::from_ref(expr) as usize
}

/// `ROOT.NAME`: the root and attribute names of the start of a reference.
fn root_and_name(e: &Expr) -> Option<(&str, &str)> {
    match &e.kind {
        ExprKind::GetAttr(root, name) => match &root.kind {
            ExprKind::Variable(root) => Some((root, name)),
            _ => None,
        },
        _ => None,
    }
}

/// `NAME` of `ROOT.NAME`, for one root.
fn named_under<'e>(e: &'e Expr, root: &str) -> Option<&'e str> {
    root_and_name(e).and_then(|(r, name)| (r == root).then_some(name))
}

/// `var.NAME`, `var.NAME.KEY` or `var.NAME["KEY"]`: the variable and the key it reads first.
fn variable_read(e: &Expr) -> Option<(String, Option<String>)> {
    if let Some(name) = named_under(e, "var") {
        return Some((name.to_string(), None));
    }
    let (inner, key) = match &e.kind {
        ExprKind::GetAttr(inner, key) => (inner, Some(key.as_str())),
        ExprKind::Index(inner, index) => (inner, index.as_literal_str()),
        _ => return None,
    };
    let name = named_under(inner, "var")?;
    Some((name.to_string(), key.map(str::to_string)))
}

/// `module.CALL.OUTPUT` or `module.CALL[KEY].OUTPUT`.
fn output_read(e: &Expr) -> Option<(String, String, Option<Expr>)> {
    let ExprKind::GetAttr(inner, output) = &e.kind else {
        return None;
    };
    let (called, index) = match &inner.kind {
        ExprKind::Index(called, index) => (&**called, Some((**index).clone())),
        _ => (&**inner, None),
    };
    let call = named_under(called, "module")?;
    Some((call.to_string(), output.clone(), index))
}

/// `aws_s3_bucket.b` for an expression `aws_s3_bucket.b` or `aws_s3_bucket.b[KEY]`, with the
/// index expression.
fn resource_reference(e: &Expr) -> Option<(String, Option<Expr>)> {
    let named = |e: &Expr| {
        let (kind, name) = root_and_name(e)?;
        (!NOT_RESOURCES.contains(&kind)).then(|| format!("{kind}.{name}"))
    };
    match &e.kind {
        ExprKind::Index(inner, index) => Some((named(inner)?, Some((**index).clone()))),
        _ => named(e).map(|t| (t, None)),
    }
}
