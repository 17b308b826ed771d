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
    pub vars: Vec<String>,
    /// (module call, output) pairs read: `module.vpc.vpc_id`.
    pub outputs: Vec<(String, String)>,
    /// The expression itself (not a local it reads) uses `each.value`.
    pub uses_each_value: bool,
}

impl Reach {
    pub fn of(expr: &Expr, module: &Module) -> Reach {
        let mut reach = Reach::default();
        expr.for_each_reference(&mut |path| {
            reach.uses_each_value |= path.starts_with(&["each", "value"]);
        });
        follow_locals(expr, module, &mut |current| {
            current.walk(&mut |e| reach.resources.extend(resource_reference(e)));
            current.for_each_reference(&mut |path| match path {
                ["var", name, ..] if !reach.vars.iter().any(|v| v == name) => {
                    reach.vars.push(name.to_string());
                }
                ["module", call, output, ..] => {
                    reach.outputs.push((call.to_string(), output.to_string()));
                }
                _ => {}
            });
        });
        reach
    }
}

/// The reach of the expressions of one module that references are followed through: every
/// top-level argument of its resources, module calls and outputs. Keyed by the expression's
/// address, which is stable while the scan's modules are borrowed.
#[derive(Default)]
pub(super) struct ReachIndex {
    by_expr: HashMap<usize, Reach>,
}

impl ReachIndex {
    pub fn build(module: &Module) -> ReachIndex {
        let bodies = module
            .resources
            .iter()
            .map(|r| &r.block.body)
            .chain(module.module_calls.iter().map(|c| &c.block.body))
            .chain(module.outputs.iter().map(|o| &o.block.body));
        let by_expr = bodies
            .flat_map(|body| &body.attributes)
            .map(|a| (address(&a.value), Reach::of(&a.value, module)))
            .collect();
        ReachIndex { by_expr }
    }

    /// The reach of `expr`, from the index when it is one of the module's arguments.
    pub fn get<'i>(&'i self, expr: &Expr, module: &Module) -> Cow<'i, Reach> {
        match self.by_expr.get(&address(expr)) {
            Some(reach) => Cow::Borrowed(reach),
            None => Cow::Owned(Reach::of(expr, module)),
        }
    }
}

fn address(expr: &Expr) -> usize {
    std::ptr::from_ref(expr) as usize
}

/// Visits the expression and the value of every local it reads, directly or through other
/// locals (to a bounded depth), each once.
fn follow_locals<'m>(expr: &'m Expr, module: &'m Module, visit: &mut dyn FnMut(&'m Expr)) {
    const MAX_LOCAL_DEPTH: usize = 8;
    let mut pending = vec![(expr, 0)];
    let mut seen_locals: Vec<&str> = Vec::new();
    while let Some((current, depth)) = pending.pop() {
        visit(current);
        if depth == MAX_LOCAL_DEPTH {
            continue;
        }
        current.for_each_reference(&mut |path| {
            if let ["local", name, ..] = path
                && !seen_locals.contains(name)
                && let Some(local) = module.local(name)
            {
                seen_locals.push(&local.attribute.name);
                pending.push((&local.attribute.value, depth + 1));
            }
        });
    }
}

/// `aws_s3_bucket.b` for an expression `aws_s3_bucket.b` or `aws_s3_bucket.b[KEY]`, with the
/// index expression.
fn resource_reference(e: &Expr) -> Option<(String, Option<Expr>)> {
    let named = |e: &Expr| match &e.kind {
        ExprKind::GetAttr(root, name) => match &root.kind {
            ExprKind::Variable(kind) if !NOT_RESOURCES.contains(&kind.as_str()) => {
                Some(format!("{kind}.{name}"))
            }
            _ => None,
        },
        _ => None,
    };
    match &e.kind {
        ExprKind::Index(inner, index) => Some((named(inner)?, Some((**index).clone()))),
        _ => named(e).map(|t| (t, None)),
    }
}
