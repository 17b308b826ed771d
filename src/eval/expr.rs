//! Expression evaluation with Terraform's semantics, including unknown values.

use super::functions;
use super::value::{Value, format_number};
use crate::syntax::{
    BinaryOperator, Expr, ExprKind, ForExpr, Span, TemplatePart, Traverse, UnaryOperator,
};
use std::collections::BTreeMap;

/// Deeper expressions than this are refused rather than risking the stack.
const MAX_DEPTH: usize = 128;

/// Evaluation steps one expression may take: bounds `for` over `for` over `range(...)`.
const MAX_STEPS: usize = 2_000_000;

#[derive(Debug, Clone, PartialEq)]
pub struct EvalError {
    pub message: String,
    pub span: Span,
}

pub type EvalResult = Result<Value, EvalError>;

/// What the names in an expression refer to: `var`, `local`, resources, `self`, ...
pub trait Scope: Sync {
    /// The value of a root name, `None` when the name means nothing here.
    fn root(&self, name: &str) -> Option<Value>;

    /// Functions this scope adds to the built-ins (rule helpers); `None` when not one of them.
    /// `root.attr`, for scopes that can answer without building the whole root object.
    fn root_attr(&self, root: &str, attr: &str) -> Option<Value> {
        self.root(root).and_then(|v| v.get_attr(attr))
    }

    fn call(&self, _name: &str, _args: &[Value]) -> Option<Result<Value, String>> {
        None
    }
}

pub struct Evaluator<'s> {
    scope: &'s dyn Scope,
    /// Names bound by `for` expressions and template `for` directives, innermost last.
    bound: Vec<(String, Value)>,
    depth: usize,
    steps: usize,
}

pub fn error(message: impl Into<String>, span: &Span) -> EvalError {
    EvalError {
        message: message.into(),
        span: span.clone(),
    }
}

impl<'s> Evaluator<'s> {
    pub fn new(scope: &'s dyn Scope) -> Self {
        Evaluator {
            scope,
            bound: Vec::new(),
            depth: 0,
            steps: 0,
        }
    }

    pub fn eval(&mut self, expr: &Expr) -> EvalResult {
        if self.depth >= MAX_DEPTH {
            return Err(error(
                "expression nested too deeply to evaluate",
                &expr.span,
            ));
        }
        self.steps += 1;
        if self.steps > MAX_STEPS {
            let message = format!("evaluation takes more than {MAX_STEPS} steps; giving up");
            return Err(error(message, &expr.span));
        }
        self.depth += 1;
        let result = self.eval_kind(expr);
        self.depth -= 1;
        result
    }

    fn eval_kind(&mut self, expr: &Expr) -> EvalResult {
        let span = &expr.span;
        match &expr.kind {
            ExprKind::Null => Ok(Value::Null),
            ExprKind::Bool(b) => Ok(Value::Bool(*b)),
            ExprKind::Number(n) => Ok(Value::Number(*n)),
            ExprKind::Key(k) => Ok(Value::string(k.as_str())),
            ExprKind::Template(parts) => self.template(parts),
            ExprKind::Tuple(items) => Ok(Value::list(
                items
                    .iter()
                    .map(|e| self.eval(e))
                    .collect::<Result<_, _>>()?,
            )),
            ExprKind::Object(items) => self.object(items),
            ExprKind::Variable(name) => self.variable(name, span),
            ExprKind::GetAttr(inner, name) => {
                if let ExprKind::Variable(root) = &inner.kind
                    && !self.bound.iter().any(|(n, _)| n == root)
                {
                    return self
                        .scope
                        .root_attr(root, name)
                        .ok_or_else(|| error(format!("unknown name `{root}`"), span));
                }
                let value = self.eval(inner)?;
                get_attr(&value, name, span)
            }
            ExprKind::Index(inner, index) => {
                let value = self.eval(inner)?;
                let key = self.eval(index)?;
                index_value(&value, &key, span)
            }
            ExprKind::Splat(inner, ops) => {
                let value = self.eval(inner)?;
                self.splat(value, ops, span)
            }
            ExprKind::Call {
                name,
                args,
                expand_final,
            } => self.call(name, args, *expand_final, span),
            ExprKind::Unary(op, operand) => {
                let value = self.eval(operand)?;
                unary(*op, value, span)
            }
            ExprKind::Binary(op, lhs, rhs) => self.binary(*op, lhs, rhs, span),
            ExprKind::Conditional(cond, then, otherwise) => {
                match to_bool(&self.eval(cond)?, &cond.span)? {
                    Some(true) => self.eval(then),
                    Some(false) => self.eval(otherwise),
                    None => {
                        let (a, b) = (self.eval(then)?, self.eval(otherwise)?);
                        Ok(if a == b && a.is_wholly_known() {
                            a
                        } else {
                            Value::Unknown
                        })
                    }
                }
            }
            ExprKind::For(f) => self.for_expr(f, span),
        }
    }

    fn variable(&self, name: &str, span: &Span) -> EvalResult {
        if let Some((_, value)) = self.bound.iter().rev().find(|(n, _)| n == name) {
            return Ok(value.clone());
        }
        self.scope
            .root(name)
            .ok_or_else(|| error(format!("unknown name `{name}`"), span))
    }

    fn object(&mut self, items: &[(Expr, Expr)]) -> EvalResult {
        let mut map = BTreeMap::new();
        for (key_expr, value_expr) in items {
            let key = self.eval(key_expr)?;
            let value = self.eval(value_expr)?;
            match to_string(&key, &key_expr.span)? {
                Some(key) => map.insert(key, value),
                None => return Ok(Value::Unknown),
            };
        }
        Ok(Value::object(map))
    }

    fn template(&mut self, parts: &[TemplatePart]) -> EvalResult {
        // A template that is one interpolation yields the value itself, not its string form.
        if let [TemplatePart::Interpolation(expr)] = parts {
            return self.eval(expr);
        }
        let mut out = String::new();
        let mut known = true;
        self.render(parts, &mut out, &mut known)?;
        Ok(if known {
            Value::string(out)
        } else {
            Value::Unknown
        })
    }

    fn render(
        &mut self,
        parts: &[TemplatePart],
        out: &mut String,
        known: &mut bool,
    ) -> Result<(), EvalError> {
        for part in parts {
            match part {
                TemplatePart::Literal(text) => out.push_str(text),
                TemplatePart::Interpolation(expr) => {
                    let value = self.eval(expr)?;
                    if value.is_known() && value == Value::Null {
                        return Err(error("template interpolation of a null value", &expr.span));
                    }
                    match to_string(&value, &expr.span)? {
                        Some(s) => out.push_str(&s),
                        None => *known = false,
                    }
                }
                TemplatePart::If {
                    condition,
                    then,
                    otherwise,
                } => match to_bool(&self.eval(condition)?, &condition.span)? {
                    Some(true) => self.render(then, out, known)?,
                    Some(false) => self.render(otherwise, out, known)?,
                    None => *known = false,
                },
                TemplatePart::For {
                    key_var,
                    value_var,
                    collection,
                    body,
                } => {
                    let items = self.eval(collection)?;
                    let Some(pairs) = iteration_pairs(&items, &collection.span)? else {
                        *known = false;
                        continue;
                    };
                    for (key, value) in pairs {
                        let mark = self.bind(key_var.as_deref(), key, value_var, value);
                        let rendered = self.render(body, out, known);
                        self.bound.truncate(mark);
                        rendered?;
                    }
                }
            }
        }
        Ok(())
    }

    fn bind(&mut self, key_var: Option<&str>, key: Value, value_var: &str, value: Value) -> usize {
        let mark = self.bound.len();
        if let Some(k) = key_var {
            self.bound.push((k.to_string(), key));
        }
        self.bound.push((value_var.to_string(), value));
        mark
    }

    fn splat(&mut self, value: Value, ops: &[Traverse], span: &Span) -> EvalResult {
        let items = match value {
            Value::Null => return Ok(Value::list(Vec::new())),
            Value::Unknown => return Ok(Value::Unknown),
            Value::List(items) => items,
            other => std::sync::Arc::new(vec![other]),
        };
        let mut out = Vec::with_capacity(items.len());
        for item in items.iter() {
            let mut current = item.clone();
            for op in ops {
                current = match op {
                    Traverse::Attr(name) if name.is_empty() => current,
                    Traverse::Attr(name) => get_attr(&current, name, span)?,
                    Traverse::Index(index) => {
                        let key = self.eval(index)?;
                        index_value(&current, &key, span)?
                    }
                };
            }
            out.push(current);
        }
        Ok(Value::list(out))
    }

    fn call(&mut self, name: &str, args: &[Expr], expand_final: bool, span: &Span) -> EvalResult {
        match name {
            "try" => return self.try_call(args, span),
            "can" => return self.can_call(args, span),
            "templatestring" => return self.templatestring(args, span),
            _ => {}
        }
        let mut values = args
            .iter()
            .map(|a| self.eval(a))
            .collect::<Result<Vec<_>, _>>()?;
        if expand_final {
            match values.pop() {
                Some(Value::List(items)) => values.extend(items.iter().cloned()),
                Some(Value::Unknown) => return Ok(Value::Unknown),
                _ => {
                    return Err(error(
                        "the final argument to expand with `...` must be a list",
                        span,
                    ));
                }
            }
        }
        let result = match self.scope.call(name, &values) {
            Some(result) => result,
            // Provider-defined functions (`provider::aws::arn_parse`) run in the provider.
            None if name.starts_with("provider::") => Ok(Value::Unknown),
            None => functions::call(name, &values),
        };
        result.map_err(|message| error(format!("{name}: {message}"), span))
    }

    /// `templatestring(text, vars)`: renders a template held in a string, with only `vars`.
    fn templatestring(&mut self, args: &[Expr], span: &Span) -> EvalResult {
        let [text, vars] = args else {
            return Err(error(
                "templatestring takes a template and an object of variables",
                span,
            ));
        };
        let (text, vars) = (self.eval(text)?, self.eval(vars)?);
        match (&text, vars.is_wholly_known()) {
            (Value::String(text), true) => render_template(text, &vars, self.scope)
                .map_err(|e| error(format!("templatestring: {e}"), span)),
            (Value::String(_) | Value::Unknown, _) => Ok(Value::Unknown),
            _ => Err(error("templatestring: the template must be a string", span)),
        }
    }

    /// `try`: the first argument that evaluates without an error. As Terraform 1.11 does (HCL's
    /// tryfunc), an error is final, since knowing more cannot remove it, so the next argument
    /// is tried; but a value with unknown parts may still fail once known (an index into it,
    /// a conversion), so `try` does not commit to it and answers unknown.
    fn try_call(&mut self, args: &[Expr], span: &Span) -> EvalResult {
        for arg in args {
            match self.eval(arg) {
                Ok(value) if value.is_wholly_known() => return Ok(value),
                Ok(_) => return Ok(Value::Unknown),
                Err(_) => continue,
            }
        }
        Err(error(
            "try: no argument could be evaluated without an error",
            span,
        ))
    }

    /// `can`: false on an error, unknown for a value with unknown parts (it may yet fail once
    /// known), true otherwise; as `try` above.
    fn can_call(&mut self, args: &[Expr], span: &Span) -> EvalResult {
        let [arg] = args else {
            return Err(error("can takes exactly one argument", span));
        };
        Ok(match self.eval(arg) {
            Ok(value) if value.is_wholly_known() => Value::Bool(true),
            Ok(_) => Value::Unknown,
            Err(_) => Value::Bool(false),
        })
    }

    fn binary(&mut self, op: BinaryOperator, lhs: &Expr, rhs: &Expr, span: &Span) -> EvalResult {
        use BinaryOperator as B;
        let left = self.eval(lhs)?;
        // Logical operators short-circuit on a known left side, as Terraform does.
        match (op, to_bool_if(op, &left, &lhs.span)?) {
            (B::And, Some(false)) => return Ok(Value::Bool(false)),
            (B::Or, Some(true)) => return Ok(Value::Bool(true)),
            _ => {}
        }
        let right = self.eval(rhs)?;
        match op {
            B::And | B::Or => {
                let l = to_bool(&left, &lhs.span)?;
                let r = to_bool(&right, &rhs.span)?;
                Ok(match (op, l, r) {
                    (B::And, _, Some(false)) => Value::Bool(false),
                    (B::Or, _, Some(true)) => Value::Bool(true),
                    (_, Some(l), Some(r)) => {
                        Value::Bool(if op == B::And { l && r } else { l || r })
                    }
                    _ => Value::Unknown,
                })
            }
            B::Eq | B::NotEq => Ok(match equals(&left, &right) {
                Some(eq) => Value::Bool(eq == (op == B::Eq)),
                None => Value::Unknown,
            }),
            _ => {
                let (Some(l), Some(r)) =
                    (to_number(&left, &lhs.span)?, to_number(&right, &rhs.span)?)
                else {
                    return Ok(Value::Unknown);
                };
                arithmetic(op, l, r, span)
            }
        }
    }

    fn for_expr(&mut self, f: &ForExpr, span: &Span) -> EvalResult {
        let collection = self.eval(&f.collection)?;
        let Some(pairs) = iteration_pairs(&collection, &f.collection.span)? else {
            return Ok(Value::Unknown);
        };
        let mut list = Vec::new();
        let mut map: BTreeMap<String, Value> = BTreeMap::new();
        let mut groups: BTreeMap<String, Vec<Value>> = BTreeMap::new();
        let mut unknown = false;
        for (key, value) in pairs {
            let mark = self.bind(f.key_var.as_deref(), key, &f.value_var, value);
            let step = self.for_step(f, span, &mut list, &mut map, &mut groups, &mut unknown);
            self.bound.truncate(mark);
            step?;
        }
        if unknown {
            return Ok(Value::Unknown);
        }
        Ok(match &f.key {
            None => Value::list(list),
            Some(_) if f.grouping => Value::object(
                groups
                    .into_iter()
                    .map(|(k, v)| (k, Value::list(v)))
                    .collect(),
            ),
            Some(_) => Value::object(map),
        })
    }

    fn for_step(
        &mut self,
        f: &ForExpr,
        span: &Span,
        list: &mut Vec<Value>,
        map: &mut BTreeMap<String, Value>,
        groups: &mut BTreeMap<String, Vec<Value>>,
        unknown: &mut bool,
    ) -> Result<(), EvalError> {
        if let Some(cond) = &f.condition {
            match to_bool(&self.eval(cond)?, &cond.span)? {
                Some(true) => {}
                Some(false) => return Ok(()),
                None => {
                    *unknown = true;
                    return Ok(());
                }
            }
        }
        let value = self.eval(&f.value)?;
        let Some(key_expr) = &f.key else {
            list.push(value);
            return Ok(());
        };
        let Some(key) = to_string(&self.eval(key_expr)?, &key_expr.span)? else {
            *unknown = true;
            return Ok(());
        };
        if f.grouping {
            groups.entry(key).or_default().push(value);
        } else if map.insert(key.clone(), value).is_some() {
            return Err(error(
                format!("duplicate object key {key:?} in for expression; use `...` to group"),
                span,
            ));
        }
        Ok(())
    }
}

/// Renders template text with only `vars` in scope, as `templatefile` and `templatestring` do;
/// `functions` supplies the functions beyond the built-ins (file functions).
pub fn render_template(text: &str, vars: &Value, functions: &dyn Scope) -> Result<Value, String> {
    let Value::Object(vars) = vars else {
        return Err("template variables must be an object".to_string());
    };
    let parts = crate::parse::parse_template(text).map_err(|e| e.message)?;
    let scope = TemplateScope { vars, functions };
    Evaluator::new(&scope)
        .eval(&Expr::new(ExprKind::Template(parts), 0..0))
        .map_err(|e| e.message)
}

struct TemplateScope<'a> {
    vars: &'a BTreeMap<String, Value>,
    functions: &'a dyn Scope,
}

impl Scope for TemplateScope<'_> {
    fn root(&self, name: &str) -> Option<Value> {
        self.vars.get(name).cloned()
    }

    fn call(&self, name: &str, args: &[Value]) -> Option<Result<Value, String>> {
        self.functions.call(name, args)
    }
}

/// `to_bool` only for the logical operators; other operators never short-circuit.
fn to_bool_if(op: BinaryOperator, value: &Value, span: &Span) -> Result<Option<bool>, EvalError> {
    match op {
        BinaryOperator::And | BinaryOperator::Or => to_bool(value, span),
        _ => Ok(None),
    }
}

pub fn get_attr(value: &Value, name: &str, span: &Span) -> EvalResult {
    match value {
        // Resource objects hold only what was set; anything else reads as null, as an unset
        // optional attribute does in Terraform.
        Value::Object(map) => map
            .get(name)
            .cloned()
            .ok_or_else(|| error(format!("the object has no attribute `{name}`"), span)),
        Value::Block(map) => Ok(map.get(name).cloned().unwrap_or(Value::Null)),
        Value::Configured(map) => Ok(map.get(name).map_or(Value::Unknown, Value::as_configured)),
        Value::Unknown => Ok(Value::Unknown),
        Value::Null => Err(error(
            format!("cannot read attribute `{name}` of a null value"),
            span,
        )),
        other => Err(error(
            format!("a {} value has no attribute `{name}`", other.type_name()),
            span,
        )),
    }
}

pub fn index_value(value: &Value, key: &Value, span: &Span) -> EvalResult {
    match (value, key) {
        (Value::Unknown, _) | (_, Value::Unknown) => Ok(Value::Unknown),
        (Value::List(items), key) => {
            let i = to_number(key, span)?.unwrap_or(f64::NAN);
            if i.fract() != 0.0 || i < 0.0 || i as usize >= items.len() {
                return Err(error(
                    format!(
                        "index {} out of range for a list of {}",
                        format_number(i),
                        items.len()
                    ),
                    span,
                ));
            }
            Ok(items[i as usize].clone())
        }
        (Value::Configured(map), key) => {
            let key = to_string(key, span)?.unwrap_or_default();
            Ok(map.get(&key).map_or(Value::Unknown, Value::as_configured))
        }
        (Value::Object(map) | Value::Block(map), key) => {
            let key = to_string(key, span)?.unwrap_or_default();
            map.get(&key)
                .cloned()
                .ok_or_else(|| error(format!("no element with key {key:?}"), span))
        }
        (Value::Null, _) => Err(error("cannot index a null value", span)),
        (other, _) => Err(error(
            format!("cannot index a {} value", other.type_name()),
            span,
        )),
    }
}

/// Key/value pairs to iterate: list index and element, or object key and value. `None` when
/// the collection is unknown.
pub fn iteration_pairs(
    value: &Value,
    span: &Span,
) -> Result<Option<Vec<(Value, Value)>>, EvalError> {
    match value {
        Value::Unknown | Value::Configured(_) => Ok(None),
        Value::List(items) => Ok(Some(
            items
                .iter()
                .enumerate()
                .map(|(i, v)| (Value::Number(i as f64), v.clone()))
                .collect(),
        )),
        Value::Object(map) | Value::Block(map) => Ok(Some(
            map.iter()
                .map(|(k, v)| (Value::string(k.as_str()), v.clone()))
                .collect(),
        )),
        Value::Null => Err(error("cannot iterate over a null value", span)),
        other => Err(error(
            format!("cannot iterate over a {} value", other.type_name()),
            span,
        )),
    }
}

/// Structural equality; `None` when an unknown value decides it. Unknown is never null.
pub fn equals(a: &Value, b: &Value) -> Option<bool> {
    match (a, b) {
        (Value::Unknown | Value::Configured(_), Value::Null)
        | (Value::Null, Value::Unknown | Value::Configured(_)) => Some(false),
        (Value::Unknown | Value::Configured(_), _) | (_, Value::Unknown | Value::Configured(_)) => {
            None
        }
        (Value::List(x), Value::List(y)) => {
            if x.len() != y.len() {
                return Some(false);
            }
            all_equal(x.iter().zip(y.iter()))
        }
        (Value::Object(x) | Value::Block(x), Value::Object(y) | Value::Block(y)) => {
            if x.len() != y.len() || x.keys().ne(y.keys()) {
                return Some(false);
            }
            all_equal(x.values().zip(y.values()))
        }
        _ => Some(a == b),
    }
}

fn all_equal<'a>(pairs: impl Iterator<Item = (&'a Value, &'a Value)>) -> Option<bool> {
    let mut unknown = false;
    for (x, y) in pairs {
        match equals(x, y) {
            Some(false) => return Some(false),
            None => unknown = true,
            Some(true) => {}
        }
    }
    if unknown { None } else { Some(true) }
}

/// Terraform's conversion to bool: `None` for unknown.
pub fn to_bool(value: &Value, span: &Span) -> Result<Option<bool>, EvalError> {
    match value {
        Value::Bool(b) => Ok(Some(*b)),
        Value::Unknown => Ok(None),
        Value::String(s) if s.as_ref() == "true" => Ok(Some(true)),
        Value::String(s) if s.as_ref() == "false" => Ok(Some(false)),
        Value::Null => Err(error("a null value cannot be used as a condition", span)),
        other => Err(error(
            format!("a bool is required, found {}", other.type_name()),
            span,
        )),
    }
}

/// Terraform's conversion to number: `None` for unknown.
pub fn to_number(value: &Value, span: &Span) -> Result<Option<f64>, EvalError> {
    match value {
        Value::Number(n) => Ok(Some(*n)),
        Value::Unknown => Ok(None),
        Value::String(s) => super::functions::parse_number(s)
            .map(Some)
            .ok_or_else(|| error(format!("cannot convert {s:?} to a number"), span)),
        other => Err(error(
            format!("a number is required, found {}", other.type_name()),
            span,
        )),
    }
}

/// Terraform's conversion to string: `None` for unknown.
pub fn to_string(value: &Value, span: &Span) -> Result<Option<String>, EvalError> {
    match value {
        Value::String(s) => Ok(Some(s.to_string())),
        Value::Number(n) => Ok(Some(format_number(*n))),
        Value::Bool(b) => Ok(Some(b.to_string())),
        Value::Unknown => Ok(None),
        other => Err(error(
            format!("a string is required, found {}", other.type_name()),
            span,
        )),
    }
}

fn unary(op: UnaryOperator, value: Value, span: &Span) -> EvalResult {
    match op {
        UnaryOperator::Not => Ok(match to_bool(&value, span)? {
            Some(b) => Value::Bool(!b),
            None => Value::Unknown,
        }),
        UnaryOperator::Neg => Ok(match to_number(&value, span)? {
            Some(n) => Value::Number(-n),
            None => Value::Unknown,
        }),
    }
}

fn arithmetic(op: BinaryOperator, l: f64, r: f64, span: &Span) -> EvalResult {
    use BinaryOperator as B;
    Ok(match op {
        B::Plus => Value::Number(l + r),
        B::Minus => Value::Number(l - r),
        B::Mul => Value::Number(l * r),
        B::Div if r == 0.0 => return Err(error("division by zero", span)),
        B::Div => Value::Number(l / r),
        B::Mod if r == 0.0 => return Err(error("modulo by zero", span)),
        B::Mod => Value::Number(l % r),
        B::Less => Value::Bool(l < r),
        B::LessEq => Value::Bool(l <= r),
        B::Greater => Value::Bool(l > r),
        B::GreaterEq => Value::Bool(l >= r),
        B::Eq | B::NotEq | B::And | B::Or => unreachable!("handled by the caller"),
    })
}
