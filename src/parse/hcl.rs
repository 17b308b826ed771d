//! HCL native syntax (`.tf`, rule files) through `hcl-edit`, converted to our syntax tree.

use super::ParseError;
use crate::syntax::{
    Attribute, Block, Body, Expr, ExprKind, ForExpr, Span, TemplatePart, Traverse,
};
use hcl_edit::expr::{Expression, ObjectKey, TraversalOperator};
use hcl_edit::structure::{self as hs, BlockLabel, Structure};
use hcl_edit::template::{Directive, Element, Template};
use std::collections::HashMap;

/// How many repeated object keys one file may have before we stop repairing it.
const MAX_REPEATED_KEYS: usize = 10_000;

/// Parses HCL native syntax. Terraform accepts an object constructor that repeats a key (the
/// last value wins) but `hcl-edit` rejects it; we rename each repeated key to a placeholder of
/// the same byte length, so every span stays exact, and restore the real name while converting.
pub fn parse(text: &str) -> Result<Body, ParseError> {
    let mut source = std::borrow::Cow::Borrowed(text);
    let mut renamed = HashMap::new();
    loop {
        match hcl_edit::parser::parse_body(&source) {
            Ok(body) => return Ok(Converter::new(&renamed, 0).body(&body)),
            Err(err) if is_repeated_key(&err) && renamed.len() < MAX_REPEATED_KEYS => {
                let offset = err.location().offset();
                let Some((original, placeholder)) = placeholder_for(&source, offset, renamed.len())
                else {
                    return Err(to_parse_error(&err));
                };
                let end = offset + placeholder.len();
                source.to_mut().replace_range(offset..end, &placeholder);
                renamed.insert(offset, original);
            }
            Err(err) => return Err(to_parse_error(&err)),
        }
    }
}

/// Parses a template file's text (`templatefile`) into template parts.
pub fn parse_template(text: &str) -> Result<Vec<TemplatePart>, ParseError> {
    let template = hcl_edit::parser::parse_template(text).map_err(|e| to_parse_error(&e))?;
    Ok(Converter::new(&HashMap::new(), 0).template(&template))
}

/// Parses one expression in native syntax found at offset `base` of a file: a `.tf.json`
/// variable's `type`, which Terraform reads as a type expression in native syntax.
pub fn parse_expr(text: &str, base: usize) -> Result<Expr, ParseError> {
    let expr = hcl_edit::parser::parse_expr(text).map_err(|e| to_parse_error(&e))?;
    Ok(Converter::new(&HashMap::new(), base).expr(&expr))
}

fn is_repeated_key(err: &hcl_edit::parser::Error) -> bool {
    err.message().contains("redefined object key")
}

fn to_parse_error(err: &hcl_edit::parser::Error) -> ParseError {
    let location = err.location();
    ParseError {
        offset: location.offset(),
        message: err.message().replace('\n', " "),
    }
}

/// The repeated key at `offset` (an identifier or a quoted string without escapes) and an
/// identifier of the same byte length that cannot clash with any other key in the file.
fn placeholder_for(source: &str, offset: usize, serial: usize) -> Option<(String, String)> {
    let rest = &source[offset..];
    let (original, len, quoted) = if let Some(inner) = rest.strip_prefix('"') {
        let end = inner.find(['"', '\\', '$', '%', '\n'])?;
        if !inner[end..].starts_with('"') {
            return None;
        }
        (inner[..end].to_string(), end, true)
    } else {
        let end = rest
            .find(|c: char| !(c.is_alphanumeric() || c == '_' || c == '-'))
            .unwrap_or(rest.len());
        (rest[..end].to_string(), end, false)
    };
    let placeholder = unique_identifier(source, len, serial)?;
    Some(if quoted {
        (original, format!("\"{placeholder}\""))
    } else {
        (original, placeholder)
    })
}

/// An identifier of exactly `len` bytes that does not occur anywhere in `source`.
fn unique_identifier(source: &str, len: usize, serial: usize) -> Option<String> {
    const ALPHABET: &[u8] = b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_";
    (serial..serial + 10_000)
        .map(|mut n| {
            (0..len)
                .map(|_| {
                    let c = ALPHABET[n % ALPHABET.len()];
                    n /= ALPHABET.len();
                    c as char
                })
                .collect::<String>()
        })
        .find(|candidate| len > 0 && !source.contains(candidate.as_str()))
}

pub(super) struct Converter<'a> {
    /// Start offset of a renamed key → its real name.
    renamed: &'a HashMap<usize, String>,
    /// Added to every span: a template inside a JSON string starts after the opening quote.
    base: usize,
}

impl<'a> Converter<'a> {
    pub(super) fn new(renamed: &'a HashMap<usize, String>, base: usize) -> Self {
        Converter { renamed, base }
    }

    fn span_of(&self, item: &impl hcl_edit::Span) -> Span {
        item.span().map_or(self.base..self.base, |s| {
            s.start + self.base..s.end + self.base
        })
    }

    fn body(&self, body: &hs::Body) -> Body {
        let mut out = Body::default();
        for structure in body.iter() {
            match structure {
                Structure::Attribute(attr) => out.attributes.push(self.attribute(attr)),
                Structure::Block(block) => out.blocks.push(self.block(block)),
            }
        }
        out
    }

    fn attribute(&self, attr: &hs::Attribute) -> Attribute {
        let value = self.expr(&attr.value);
        let start = self.span_of(&attr.key).start;
        Attribute {
            name: attr.key.as_str().to_string(),
            span: start..value.span.end.max(start),
            value,
        }
    }

    fn block(&self, block: &hs::Block) -> Block {
        let labels = block
            .labels
            .iter()
            .map(|label| match label {
                BlockLabel::Ident(i) => i.as_str().to_string(),
                BlockLabel::String(s) => s.as_str().to_string(),
            })
            .collect();
        let span = self.span_of(block);
        let header_end = block
            .labels
            .last()
            .map(|l| self.span_of(l).end)
            .unwrap_or_else(|| self.span_of(&block.ident).end);
        Block {
            kind: block.ident.as_str().to_string(),
            labels,
            label_spans: block.labels.iter().map(|l| self.span_of(l)).collect(),
            body: self.body(&block.body),
            header: span.start..header_end,
            span,
        }
    }

    fn expr(&self, expr: &Expression) -> Expr {
        let span = self.span_of(expr);
        let kind = match expr {
            Expression::Null(_) => ExprKind::Null,
            Expression::Bool(b) => ExprKind::Bool(*b.value()),
            Expression::Number(n) => ExprKind::Number(n.value().as_f64().unwrap_or(f64::NAN)),
            Expression::String(s) => ExprKind::Template(vec![TemplatePart::Literal(s.to_string())]),
            Expression::Array(items) => {
                ExprKind::Tuple(items.iter().map(|e| self.expr(e)).collect())
            }
            Expression::Object(object) => ExprKind::Object(
                object
                    .iter()
                    .map(|(key, value)| (self.object_key(key), self.expr(value.expr())))
                    .collect(),
            ),
            Expression::StringTemplate(t) => ExprKind::Template(self.template(t)),
            Expression::HeredocTemplate(h) => ExprKind::Template(self.template(&h.template)),
            Expression::Parenthesis(p) => return self.expr(p.inner()),
            Expression::Variable(v) => ExprKind::Variable(v.as_str().to_string()),
            Expression::Conditional(c) => ExprKind::Conditional(
                Box::new(self.expr(&c.cond_expr)),
                Box::new(self.expr(&c.true_expr)),
                Box::new(self.expr(&c.false_expr)),
            ),
            Expression::FuncCall(call) => {
                let mut name = String::new();
                for ns in &call.name.namespace {
                    name.push_str(ns.as_str());
                    name.push_str("::");
                }
                name.push_str(call.name.name.as_str());
                ExprKind::Call {
                    name,
                    args: call.args.iter().map(|a| self.expr(a)).collect(),
                    expand_final: call.args.expand_final(),
                }
            }
            Expression::Traversal(t) => {
                return self.traversal(self.expr(&t.expr), &t.operators, span);
            }
            Expression::UnaryOp(op) => {
                ExprKind::Unary(*op.operator.value(), Box::new(self.expr(&op.expr)))
            }
            Expression::BinaryOp(op) => ExprKind::Binary(
                *op.operator.value(),
                Box::new(self.expr(&op.lhs_expr)),
                Box::new(self.expr(&op.rhs_expr)),
            ),
            Expression::ForExpr(f) => ExprKind::For(Box::new(ForExpr {
                key_var: f.intro.key_var.as_ref().map(|k| k.as_str().to_string()),
                value_var: f.intro.value_var.as_str().to_string(),
                collection: self.expr(&f.intro.collection_expr),
                key: f.key_expr.as_ref().map(|k| self.expr(k)),
                value: self.expr(&f.value_expr),
                condition: f.cond.as_ref().map(|c| self.expr(&c.expr)),
                grouping: f.grouping,
            })),
        };
        Expr::new(kind, span)
    }

    fn object_key(&self, key: &ObjectKey) -> Expr {
        let span = self.span_of(key);
        if let Some(original) = self.renamed.get(&span.start) {
            return Expr::new(ExprKind::Key(original.clone()), span);
        }
        match key {
            ObjectKey::Ident(ident) => Expr::new(ExprKind::Key(ident.as_str().to_string()), span),
            ObjectKey::Expression(expr) => self.expr(expr),
        }
    }

    /// Applies traversal operators left to right; a splat takes every operator after it.
    fn traversal(
        &self,
        mut current: Expr,
        operators: &[hcl_edit::Decorated<TraversalOperator>],
        whole: Span,
    ) -> Expr {
        for (i, op) in operators.iter().enumerate() {
            let span = current.span.start..self.span_of(op).end;
            let kind = match op.value() {
                TraversalOperator::GetAttr(name) => {
                    ExprKind::GetAttr(Box::new(current), name.as_str().to_string())
                }
                TraversalOperator::Index(index) => {
                    ExprKind::Index(Box::new(current), Box::new(self.expr(index)))
                }
                TraversalOperator::LegacyIndex(n) => {
                    let index = Expr::new(ExprKind::Number(*n.value() as f64), self.span_of(n));
                    ExprKind::Index(Box::new(current), Box::new(index))
                }
                TraversalOperator::AttrSplat(_) | TraversalOperator::FullSplat(_) => {
                    let ops = operators[i + 1..]
                        .iter()
                        .map(|op| self.traverse(op))
                        .collect();
                    return Expr::new(ExprKind::Splat(Box::new(current), ops), whole);
                }
            };
            current = Expr::new(kind, span);
        }
        current.span = whole;
        current
    }

    fn traverse(&self, op: &TraversalOperator) -> Traverse {
        match op {
            TraversalOperator::GetAttr(name) => Traverse::Attr(name.as_str().to_string()),
            TraversalOperator::Index(index) => Traverse::Index(self.expr(index)),
            TraversalOperator::LegacyIndex(n) => Traverse::Index(Expr::new(
                ExprKind::Number(*n.value() as f64),
                self.span_of(n),
            )),
            // A second splat in one traversal flattens nothing more in Terraform either: treat
            // it as a no-op on each element.
            TraversalOperator::AttrSplat(_) | TraversalOperator::FullSplat(_) => {
                Traverse::Attr(String::new())
            }
        }
    }

    pub(super) fn template(&self, template: &Template) -> Vec<TemplatePart> {
        let mut parts = Vec::new();
        let mut strip_next = false;
        for element in template.iter() {
            let (strip_before, strip_after) = element_strip(element);
            if strip_before {
                trim_last_literal_end(&mut parts);
            }
            match element {
                Element::Literal(text) => {
                    let text: &str = text.value();
                    let text = if strip_next { text.trim_start() } else { text };
                    parts.push(TemplatePart::Literal(text.to_string()));
                }
                Element::Interpolation(i) => {
                    parts.push(TemplatePart::Interpolation(self.expr(&i.expr)))
                }
                Element::Directive(d) => parts.push(self.directive(d)),
            }
            strip_next = strip_after;
        }
        parts
    }

    fn directive(&self, directive: &Directive) -> TemplatePart {
        match directive {
            Directive::If(d) => {
                let mut then = self.template(&d.if_expr.template);
                if d.if_expr.strip.strip_end() {
                    trim_first_literal_start(&mut then);
                }
                let mut otherwise = Vec::new();
                if let Some(else_expr) = &d.else_expr {
                    if else_expr.strip.strip_start() {
                        trim_last_literal_end(&mut then);
                    }
                    otherwise = self.template(&else_expr.template);
                    if else_expr.strip.strip_end() {
                        trim_first_literal_start(&mut otherwise);
                    }
                }
                let last = if d.else_expr.is_some() {
                    &mut otherwise
                } else {
                    &mut then
                };
                if d.endif_expr.strip.strip_start() {
                    trim_last_literal_end(last);
                }
                TemplatePart::If {
                    condition: self.expr(&d.if_expr.cond_expr),
                    then,
                    otherwise,
                }
            }
            Directive::For(d) => {
                let mut body = self.template(&d.for_expr.template);
                if d.for_expr.strip.strip_end() {
                    trim_first_literal_start(&mut body);
                }
                if d.endfor_expr.strip.strip_start() {
                    trim_last_literal_end(&mut body);
                }
                TemplatePart::For {
                    key_var: d.for_expr.key_var.as_ref().map(|k| k.as_str().to_string()),
                    value_var: d.for_expr.value_var.as_str().to_string(),
                    collection: self.expr(&d.for_expr.collection_expr),
                    body,
                }
            }
        }
    }
}

/// Whether an element strips the whitespace before it and after it (`~` markers).
fn element_strip(element: &Element) -> (bool, bool) {
    match element {
        Element::Literal(_) => (false, false),
        Element::Interpolation(i) => (i.strip.strip_start(), i.strip.strip_end()),
        Element::Directive(d) => match d.as_ref() {
            Directive::If(d) => (
                d.if_expr.strip.strip_start(),
                d.endif_expr.strip.strip_end(),
            ),
            Directive::For(d) => (
                d.for_expr.strip.strip_start(),
                d.endfor_expr.strip.strip_end(),
            ),
        },
    }
}

fn trim_last_literal_end(parts: &mut [TemplatePart]) {
    if let Some(TemplatePart::Literal(text)) = parts.last_mut() {
        text.truncate(text.trim_end().len());
    }
}

fn trim_first_literal_start(parts: &mut [TemplatePart]) {
    if let Some(TemplatePart::Literal(text)) = parts.first_mut() {
        *text = text.trim_start().to_string();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repeated_object_key_keeps_spans_and_last_value_wins() {
        let text = "x = {\n  a = 1\n  b = 2\n  a = 3\n}\n";
        let body = parse(text).expect("parses");
        let ExprKind::Object(items) = &body.attributes[0].value.kind else {
            panic!()
        };
        let keys: Vec<_> = items
            .iter()
            .map(|(k, _)| k.as_literal_str().unwrap())
            .collect();
        assert_eq!(keys, ["a", "b", "a"]);
        assert_eq!(&text[items[2].0.span.clone()], "a");
    }

    #[test]
    fn repeated_quoted_key_is_repaired() {
        let body = parse("x = { \"k\" = 1, \"k\" = 2 }").expect("parses");
        let ExprKind::Object(items) = &body.attributes[0].value.kind else {
            panic!()
        };
        assert_eq!(items[1].0.as_literal_str(), Some("k"));
    }

    #[test]
    fn malformed_input_reports_offset() {
        let err = parse("resource \"a\" \"b\" {\n  x = \n}").unwrap_err();
        assert!(err.offset > 0, "{err:?}");
    }

    #[test]
    fn block_header_covers_type_and_labels() {
        let text = "resource \"aws_s3_bucket\" \"b\" {\n}\n";
        let body = parse(text).unwrap();
        assert_eq!(
            &text[body.blocks[0].header.clone()],
            "resource \"aws_s3_bucket\" \"b\""
        );
    }
}
