#include "shared/filter/filter.h"

#include <optional>
#include <utility>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_join.h"
#include "absl/strings/string_view.h"
#include "shared/base/string_view.h"

namespace newsgraph::filter {
namespace {

enum class TokenKind { kEnd, kLParen, kRParen, kOp, kMinus, kAnd, kOr, kNot, kWord, kString };

struct Token {
  TokenKind kind = TokenKind::kEnd;
  std::string text;  // word or unescaped string; operator text
  Op op = Op::kEq;
  int position = 0;
};

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// Characters that end a bare word.
bool IsDelimiter(char c) {
  return IsSpace(c) || c == '(' || c == ')' || c == '=' || c == '!' || c == '<' || c == '>' ||
         c == ':' || c == '"' || c == '\'';
}

absl::Status ErrorAt(int position, std::string_view what) {
  return absl::InvalidArgumentError(
      absl::StrFormat("filter: %s at position %d", AsAbsl(what), position));
}

// Splits the filter text into tokens.
class Lexer {
 public:
  explicit Lexer(std::string_view text) : text_(text) {}

  absl::StatusOr<std::vector<Token>> Run() {
    std::vector<Token> tokens;
    while (true) {
      while (pos_ < text_.size() && IsSpace(text_[pos_])) ++pos_;
      Token token;
      token.position = static_cast<int>(pos_);
      if (pos_ == text_.size()) {
        tokens.push_back(token);
        return tokens;
      }
      const char c = text_[pos_];
      if (c == '(' || c == ')') {
        token.kind = c == '(' ? TokenKind::kLParen : TokenKind::kRParen;
        token.text = std::string(1, c);
        ++pos_;
      } else if (c == '"' || c == '\'') {
        auto text = ReadString(c);
        if (!text.ok()) return text.status();
        token.kind = TokenKind::kString;
        token.text = *std::move(text);
      } else if (c == '-' && pos_ + 1 < text_.size() && !IsSpace(text_[pos_ + 1]) && StartsTerm()) {
        token.kind = TokenKind::kMinus;
        token.text = "-";
        ++pos_;
      } else if (auto op = ReadOp(); op.has_value()) {
        token.kind = TokenKind::kOp;
        token.op = *op;
        token.text = std::string(OpText(*op));
      } else if (c == '!') {
        return ErrorAt(token.position, "'!' must be followed by '=' (use NOT to negate)");
      } else {
        const size_t start = pos_;
        while (pos_ < text_.size() && !IsDelimiter(text_[pos_])) ++pos_;
        token.text = std::string(text_.substr(start, pos_ - start));
        token.kind = token.text == "AND"   ? TokenKind::kAnd
                     : token.text == "OR"  ? TokenKind::kOr
                     : token.text == "NOT" ? TokenKind::kNot
                                           : TokenKind::kWord;
      }
      tokens.push_back(std::move(token));
      if (tokens.size() > kMaxFilterComparisons * 8) {
        return absl::InvalidArgumentError("filter: too many tokens; simplify the filter");
      }
    }
  }

 private:
  // A '-' is a negation only where a term may start: at the beginning,
  // after '(', after AND/OR/NOT, or after a complete comparison value.
  bool StartsTerm() const {
    size_t i = pos_;
    while (i > 0 && IsSpace(text_[i - 1])) --i;
    if (i == 0) return true;
    const char prev = text_[i - 1];
    // After an operator the '-' belongs to a value such as -5.
    return !(prev == '=' || prev == '<' || prev == '>' || prev == ':');
  }

  std::optional<Op> ReadOp() {
    const std::string_view rest = text_.substr(pos_);
    static constexpr std::pair<std::string_view, Op> kOps[] = {
        {"!=", Op::kNe}, {"<=", Op::kLe}, {">=", Op::kGe}, {"=", Op::kEq},
        {"<", Op::kLt},  {">", Op::kGt},  {":", Op::kHas}};
    for (const auto& [text, op] : kOps) {
      if (rest.substr(0, text.size()) == text) {
        pos_ += text.size();
        return op;
      }
    }
    return std::nullopt;
  }

  absl::StatusOr<std::string> ReadString(char quote) {
    const int start = static_cast<int>(pos_);
    ++pos_;
    std::string out;
    while (pos_ < text_.size()) {
      const char c = text_[pos_++];
      if (c == quote) return out;
      if (c == '\\') {
        if (pos_ == text_.size()) break;
        const char e = text_[pos_++];
        out.push_back(e == 'n' ? '\n' : e == 't' ? '\t' : e);
      } else {
        out.push_back(c);
      }
    }
    return ErrorAt(start, "unterminated string (close it with a matching quote)");
  }

  std::string_view text_;
  size_t pos_ = 0;
};

// Recursive descent over the tokens, per the grammar in filter.h.
class Parser {
 public:
  explicit Parser(std::vector<Token> tokens) : tokens_(std::move(tokens)) {}

  absl::StatusOr<Expr> Run() {
    if (Peek().kind == TokenKind::kEnd) return Expr();
    auto expr = Expression(0);
    if (!expr.ok()) return expr.status();
    if (Peek().kind != TokenKind::kEnd) {
      return Unexpected(Peek(), Peek().kind == TokenKind::kRParen ? "an opening '(' before it"
                                                                  : "AND, OR or the end");
    }
    return expr;
  }

 private:
  const Token& Peek() const { return tokens_[next_]; }
  const Token& Take() { return tokens_[next_++]; }

  static absl::Status Unexpected(const Token& token, std::string_view expected) {
    const std::string found = token.kind == TokenKind::kEnd
                                  ? "the filter ends"
                                  : absl::StrCat("unexpected '", token.text, "'");
    return ErrorAt(token.position, absl::StrCat(found, "; expected ", AsAbsl(expected)));
  }

  absl::Status CheckDepth(int depth, const Token& at) const {
    if (depth > kMaxFilterDepth) {
      return ErrorAt(at.position, absl::StrCat("nesting deeper than ", kMaxFilterDepth));
    }
    return absl::OkStatus();
  }

  static Expr Combine(Expr::Kind kind, std::vector<Expr> children) {
    if (children.size() == 1) return std::move(children[0]);
    Expr e;
    e.kind = kind;
    e.children = std::move(children);
    return e;
  }

  // expression := sequence { "AND" sequence }
  absl::StatusOr<Expr> Expression(int depth) {
    if (auto s = CheckDepth(depth, Peek()); !s.ok()) return s;
    std::vector<Expr> parts;
    while (true) {
      auto seq = Sequence(depth);
      if (!seq.ok()) return seq.status();
      parts.push_back(*std::move(seq));
      if (Peek().kind != TokenKind::kAnd) break;
      Take();
    }
    return Combine(Expr::Kind::kAnd, std::move(parts));
  }

  // sequence := factor { factor }
  absl::StatusOr<Expr> Sequence(int depth) {
    std::vector<Expr> parts;
    do {
      auto factor = Factor(depth);
      if (!factor.ok()) return factor.status();
      parts.push_back(*std::move(factor));
    } while (StartsFactor(Peek()));
    return Combine(Expr::Kind::kAnd, std::move(parts));
  }

  static bool StartsFactor(const Token& t) {
    return t.kind == TokenKind::kLParen || t.kind == TokenKind::kNot ||
           t.kind == TokenKind::kMinus || t.kind == TokenKind::kWord;
  }

  // factor := term { "OR" term }
  absl::StatusOr<Expr> Factor(int depth) {
    std::vector<Expr> parts;
    while (true) {
      auto term = Term(depth);
      if (!term.ok()) return term.status();
      parts.push_back(*std::move(term));
      if (Peek().kind != TokenKind::kOr) break;
      Take();
    }
    return Combine(Expr::Kind::kOr, std::move(parts));
  }

  // term := ["NOT" | "-"] simple
  absl::StatusOr<Expr> Term(int depth) {
    if (Peek().kind == TokenKind::kNot || Peek().kind == TokenKind::kMinus) {
      Take();
      auto inner = Simple(depth + 1);
      if (!inner.ok()) return inner.status();
      Expr e;
      e.kind = Expr::Kind::kNot;
      e.children.push_back(*std::move(inner));
      return e;
    }
    return Simple(depth);
  }

  // simple := "(" expression ")" | comparison
  absl::StatusOr<Expr> Simple(int depth) {
    if (Peek().kind == TokenKind::kLParen) {
      const Token& open = Take();
      auto inner = Expression(depth + 1);
      if (!inner.ok()) return inner.status();
      if (Peek().kind != TokenKind::kRParen) {
        return ErrorAt(open.position, "unbalanced '(': add the closing ')'");
      }
      Take();
      return inner;
    }
    return ComparisonExpr();
  }

  absl::StatusOr<Expr> ComparisonExpr() {
    const Token& name = Take();
    if (name.kind != TokenKind::kWord) {
      return Unexpected(name, "a field name (a comparison such as source = \"AzerNews\")");
    }
    if (!IsFieldName(name.text)) {
      return ErrorAt(name.position, absl::StrCat("'", name.text,
                                                 "' is not a field name (letters, digits, "
                                                 "'_' and '.')"));
    }
    const Token& op = Take();
    if (op.kind != TokenKind::kOp) {
      return Unexpected(
          op, absl::StrCat("an operator (=, !=, <, <=, >, >=, :) after '", name.text, "'"));
    }
    const Token& value = Take();
    if (value.kind != TokenKind::kWord && value.kind != TokenKind::kString) {
      return Unexpected(value, absl::StrCat("a value after '", name.text, " ", op.text,
                                            "' (quote values with spaces or punctuation)"));
    }
    if (++comparisons_ > kMaxFilterComparisons) {
      return ErrorAt(name.position,
                     absl::StrCat("more than ", kMaxFilterComparisons, " comparisons"));
    }
    Expr e;
    e.kind = Expr::Kind::kComparison;
    e.comparison.field = name.text;
    e.comparison.op = op.op;
    e.comparison.value = value.text;
    e.comparison.quoted = value.kind == TokenKind::kString;
    e.comparison.position = name.position;
    return e;
  }

  static bool IsFieldName(const std::string& s) {
    if (s.empty() || s.front() == '.' || s.back() == '.') return false;
    for (char c : s) {
      const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                      c == '_' || c == '.';
      if (!ok) return false;
    }
    return !(s[0] >= '0' && s[0] <= '9');
  }

  std::vector<Token> tokens_;
  size_t next_ = 0;
  int comparisons_ = 0;
};

std::string Quote(const std::string& value) {
  std::string out = "\"";
  for (char c : value) {
    if (c == '"' || c == '\\') out.push_back('\\');
    out.push_back(c);
  }
  out.push_back('"');
  return out;
}

}  // namespace

std::string_view OpText(Op op) {
  switch (op) {
    case Op::kEq:
      return "=";
    case Op::kNe:
      return "!=";
    case Op::kLt:
      return "<";
    case Op::kLe:
      return "<=";
    case Op::kGt:
      return ">";
    case Op::kGe:
      return ">=";
    case Op::kHas:
      return ":";
  }
  return "?";
}

absl::StatusOr<Expr> Parse(std::string_view text) {
  if (text.size() > kMaxFilterBytes) {
    return absl::InvalidArgumentError(absl::StrFormat(
        "filter: %d bytes is longer than the limit of %d", text.size(), kMaxFilterBytes));
  }
  auto tokens = Lexer(text).Run();
  if (!tokens.ok()) return tokens.status();
  return Parser(*std::move(tokens)).Run();
}

std::string ToString(const Expr& expr) {
  switch (expr.kind) {
    case Expr::Kind::kTrue:
      return "";
    case Expr::Kind::kComparison:
      return absl::StrCat(expr.comparison.field, " ", AsAbsl(OpText(expr.comparison.op)), " ",
                          Quote(expr.comparison.value));
    case Expr::Kind::kNot:
      return absl::StrCat("NOT (", ToString(expr.children[0]), ")");
    case Expr::Kind::kAnd:
    case Expr::Kind::kOr: {
      std::vector<std::string> parts;
      for (const Expr& child : expr.children)
        parts.push_back(absl::StrCat("(", ToString(child), ")"));
      return absl::StrJoin(parts, expr.kind == Expr::Kind::kAnd ? " AND " : " OR ");
    }
  }
  return "";
}

}  // namespace newsgraph::filter
