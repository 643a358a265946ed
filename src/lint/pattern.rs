//! Walking a Fluent pattern down to the pieces the checks care about.

use fluent_syntax::ast;
use fluent_syntax::unicode::unescape_unicode_to_string;

/// A leaf of a Fluent pattern that some check cares about.
pub(super) enum Piece<'a> {
    /// Literal text, as written in the file.
    Text(&'a str),
    /// A quoted string literal (`{ "" }`), still escaped.
    Literal(&'a str),
    /// `$name`.
    Variable(&'a str),
    /// `{ other-message }` (the id, without attribute).
    Message(&'a str),
    /// `{ -term }` (the id, without its `-`).
    Term(&'a str),
}

pub(super) fn walk_pattern<'a>(
    pattern: &'a ast::Pattern<&'a str>,
    visit: &mut impl FnMut(Piece<'a>),
) {
    for element in &pattern.elements {
        match element {
            ast::PatternElement::TextElement { value } => visit(Piece::Text(value)),
            ast::PatternElement::Placeable { expression } => walk_expression(expression, visit),
        }
    }
}

fn walk_expression<'a>(
    expression: &'a ast::Expression<&'a str>,
    visit: &mut impl FnMut(Piece<'a>),
) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            walk_inline(selector, visit);
            for variant in variants {
                walk_pattern(&variant.value, visit);
            }
        }
        ast::Expression::Inline(inline) => walk_inline(inline, visit),
    }
}

fn walk_inline<'a>(inline: &'a ast::InlineExpression<&'a str>, visit: &mut impl FnMut(Piece<'a>)) {
    match inline {
        ast::InlineExpression::StringLiteral { value } => visit(Piece::Literal(value)),
        ast::InlineExpression::NumberLiteral { .. } => {}
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            walk_arguments(arguments, visit);
        }
        ast::InlineExpression::MessageReference { id, .. } => visit(Piece::Message(id.name)),
        ast::InlineExpression::TermReference { id, arguments, .. } => {
            visit(Piece::Term(id.name));
            if let Some(arguments) = arguments {
                walk_arguments(arguments, visit);
            }
        }
        ast::InlineExpression::VariableReference { id } => visit(Piece::Variable(id.name)),
        ast::InlineExpression::Placeable { expression } => walk_expression(expression, visit),
    }
}

fn walk_arguments<'a>(
    arguments: &'a ast::CallArguments<&'a str>,
    visit: &mut impl FnMut(Piece<'a>),
) {
    for positional in &arguments.positional {
        walk_inline(positional, visit);
    }
    for named in &arguments.named {
        walk_inline(&named.value, visit);
    }
}

/// Whether a pattern shows nothing but whitespace.
/// The literal text of `pattern`, its pieces joined and its placeables left out.
pub(super) fn literal_text(pattern: &ast::Pattern<&str>) -> String {
    let mut text = String::new();
    walk_pattern(pattern, &mut |piece| {
        if let Piece::Text(piece) = piece {
            text.push_str(piece);
        }
    });
    text
}

pub(super) fn is_blank(pattern: &ast::Pattern<&str>) -> bool {
    let mut blank = true;
    walk_pattern(pattern, &mut |piece| match piece {
        Piece::Text(text) => blank &= text.trim().is_empty(),
        Piece::Literal(literal) => blank &= unescape_unicode_to_string(literal).trim().is_empty(),
        Piece::Variable(_) | Piece::Message(_) | Piece::Term(_) => blank = false,
    });
    blank
}
