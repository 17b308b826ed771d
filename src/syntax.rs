//! The syntax tree every input is turned into: HCL native syntax, HCL JSON syntax and (later)
//! plan JSON all produce these types, so later stages never see the parser's own types.
//! Every node keeps the byte span it was read from.

pub use hcl_edit::expr::{BinaryOperator, UnaryOperator};
use std::ops::Range;

pub type Span = Range<usize>;

#[derive(Debug, Clone, Default)]
pub struct Body {
    pub attributes: Vec<Attribute>,
    pub blocks: Vec<Block>,
}

impl Body {
    pub fn attribute(&self, name: &str) -> Option<&Attribute> {
        self.attributes.iter().find(|a| a.name == name)
    }

    /// Every attribute value in the body and its nested blocks.
    pub fn for_each_expr(&self, visit: &mut dyn FnMut(&Expr)) {
        for attribute in &self.attributes {
            visit(&attribute.value);
        }
        for block in &self.blocks {
            block.body.for_each_expr(visit);
        }
    }

    pub fn blocks_of<'a>(&'a self, kind: &'a str) -> impl Iterator<Item = &'a Block> + 'a {
        self.blocks.iter().filter(move |b| b.kind == kind)
    }
}

#[derive(Debug, Clone)]
pub struct Attribute {
    pub name: String,
    pub value: Expr,
    /// From the start of the name to the end of the value.
    pub span: Span,
}

#[derive(Debug, Clone)]
pub struct Block {
    pub kind: String,
    pub labels: Vec<String>,
    /// The span of each label, quotes included.
    pub label_spans: Vec<Span>,
    pub body: Body,
    /// The whole block, braces included.
    pub span: Span,
    /// The block type and its labels: where a finding about a missing attribute points.
    pub header: Span,
}

#[derive(Debug, Clone)]
pub struct Expr {
    pub kind: ExprKind,
    pub span: Span,
}

/// Two expressions are equal when they are written the same, wherever they are.
impl PartialEq for Expr {
    fn eq(&self, other: &Expr) -> bool {
        self.kind == other.kind
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum ExprKind {
    Null,
    Bool(bool),
    Number(f64),
    Template(Vec<TemplatePart>),
    Tuple(Vec<Expr>),
    Object(Vec<(Expr, Expr)>),
    Variable(String),
    GetAttr(Box<Expr>, String),
    Index(Box<Expr>, Box<Expr>),
    /// `source[*].ops` or `source.*.ops`: the operations apply to every element.
    Splat(Box<Expr>, Vec<Traverse>),
    Call {
        name: String,
        args: Vec<Expr>,
        expand_final: bool,
    },
    Unary(UnaryOperator, Box<Expr>),
    Binary(BinaryOperator, Box<Expr>, Box<Expr>),
    Conditional(Box<Expr>, Box<Expr>, Box<Expr>),
    For(Box<ForExpr>),
    /// A bare identifier used as an object key (`{ name = 1 }`): a string, not a reference.
    Key(String),
}

#[derive(Debug, Clone, PartialEq)]
pub enum Traverse {
    Attr(String),
    Index(Expr),
}

#[derive(Debug, Clone, PartialEq)]
pub struct ForExpr {
    pub key_var: Option<String>,
    pub value_var: String,
    pub collection: Expr,
    pub key: Option<Expr>,
    pub value: Expr,
    pub condition: Option<Expr>,
    pub grouping: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub enum TemplatePart {
    Literal(String),
    Interpolation(Expr),
    If {
        condition: Expr,
        then: Vec<TemplatePart>,
        otherwise: Vec<TemplatePart>,
    },
    For {
        key_var: Option<String>,
        value_var: String,
        collection: Expr,
        body: Vec<TemplatePart>,
    },
}

impl Expr {
    pub fn new(kind: ExprKind, span: Span) -> Expr {
        Expr { kind, span }
    }

    /// A string literal, as JSON syntax and synthetic values need.
    pub fn string(text: impl Into<String>, span: Span) -> Expr {
        Expr::new(
            ExprKind::Template(vec![TemplatePart::Literal(text.into())]),
            span,
        )
    }

    /// The literal text of a string without interpolations, if it is one.
    pub fn as_literal_str(&self) -> Option<&str> {
        match &self.kind {
            ExprKind::Template(parts) => match parts.as_slice() {
                [] => Some(""),
                [TemplatePart::Literal(s)] => Some(s),
                _ => None,
            },
            ExprKind::Key(s) => Some(s),
            _ => None,
        }
    }

    /// Calls `visit` with every reference in the expression: the root name and the attribute
    /// names that follow it (`aws_s3_bucket.b.id` gives `["aws_s3_bucket", "b", "id"]`).
    pub fn for_each_reference(&self, visit: &mut dyn FnMut(&[&str])) {
        if let Some(path) = self.reference_path() {
            visit(&path);
        }
        self.for_each_child(&mut |child| child.for_each_reference(visit));
    }

    /// Visits this expression and the expressions inside it, outermost first, except inside
    /// those for which `visit` returns false.
    pub fn walk_while(&self, visit: &mut dyn FnMut(&Expr) -> bool) {
        if visit(self) {
            self.for_each_direct_child(&mut |child| child.walk_while(visit));
        }
    }

    /// Visits this expression and every expression inside it, outermost first.
    pub fn walk(&self, visit: &mut dyn FnMut(&Expr)) {
        self.walk_while(&mut |e| {
            visit(e);
            true
        });
    }

    /// The expressions directly inside this one, traversal parts included.
    fn for_each_direct_child(&self, visit: &mut dyn FnMut(&Expr)) {
        match &self.kind {
            ExprKind::GetAttr(inner, _) => visit(inner),
            ExprKind::Index(inner, index) => {
                visit(inner);
                visit(index);
            }
            ExprKind::Splat(inner, ops) => {
                visit(inner);
                for op in ops {
                    if let Traverse::Index(index) = op {
                        visit(index);
                    }
                }
            }
            _ => self.for_each_child(visit),
        }
    }

    fn reference_path(&self) -> Option<Vec<&str>> {
        match &self.kind {
            ExprKind::Variable(name) => Some(vec![name.as_str()]),
            ExprKind::GetAttr(inner, name) => {
                let mut path = inner.reference_path()?;
                path.push(name);
                Some(path)
            }
            ExprKind::Index(inner, _) | ExprKind::Splat(inner, _) => inner.reference_path(),
            _ => None,
        }
    }

    /// Children that are not part of this node's own reference path.
    fn for_each_child(&self, visit: &mut dyn FnMut(&Expr)) {
        match &self.kind {
            ExprKind::Null
            | ExprKind::Bool(_)
            | ExprKind::Number(_)
            | ExprKind::Variable(_)
            | ExprKind::Key(_) => {}
            ExprKind::GetAttr(inner, _) => inner.for_each_child(visit),
            ExprKind::Index(inner, index) => {
                inner.for_each_child(visit);
                visit(index);
            }
            ExprKind::Splat(inner, ops) => {
                inner.for_each_child(visit);
                for op in ops {
                    if let Traverse::Index(index) = op {
                        visit(index);
                    }
                }
            }
            ExprKind::Template(parts) => parts.iter().for_each(|p| p.for_each_expr(visit)),
            ExprKind::Tuple(items) => items.iter().for_each(visit),
            ExprKind::Object(items) => items.iter().for_each(|(k, v)| {
                visit(k);
                visit(v);
            }),
            ExprKind::Call { args, .. } => args.iter().for_each(visit),
            ExprKind::Unary(_, e) => visit(e),
            ExprKind::Binary(_, l, r) => {
                visit(l);
                visit(r);
            }
            ExprKind::Conditional(c, t, f) => {
                visit(c);
                visit(t);
                visit(f);
            }
            ExprKind::For(f) => {
                visit(&f.collection);
                f.key.iter().for_each(&mut *visit);
                visit(&f.value);
                f.condition.iter().for_each(visit);
            }
        }
    }
}

impl TemplatePart {
    fn for_each_expr(&self, visit: &mut dyn FnMut(&Expr)) {
        match self {
            TemplatePart::Literal(_) => {}
            TemplatePart::Interpolation(e) => visit(e),
            TemplatePart::If {
                condition,
                then,
                otherwise,
            } => {
                visit(condition);
                then.iter()
                    .chain(otherwise)
                    .for_each(|p| p.for_each_expr(visit));
            }
            TemplatePart::For {
                collection, body, ..
            } => {
                visit(collection);
                body.iter().for_each(|p| p.for_each_expr(visit));
            }
        }
    }
}
