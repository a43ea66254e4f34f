// SqlFragment: a piece of SQL with `?` placeholders and the values to bind
// to them, in the order the placeholders appear. Values never enter the SQL
// text. Plain value type.
#ifndef NEWSGRAPH_SHARED_STORE_SQL_SQL_FRAGMENT_H_
#define NEWSGRAPH_SHARED_STORE_SQL_SQL_FRAGMENT_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

namespace newsgraph::store::sql {

// A value bound to one `?`: an integer or a text.
using SqlValue = std::variant<int64_t, std::string>;

struct SqlFragment {
  std::string sql;
  std::vector<SqlValue> params;

  // Appends SQL text that has no placeholders.
  SqlFragment& Append(std::string_view text) {
    sql.append(text);
    return *this;
  }
  // Appends SQL text with exactly one `?` and the value bound to it.
  SqlFragment& Append(std::string_view text, SqlValue value) {
    sql.append(text);
    params.push_back(std::move(value));
    return *this;
  }
  // Appends another fragment, text and values.
  SqlFragment& Append(const SqlFragment& other) {
    sql.append(other.sql);
    params.insert(params.end(), other.params.begin(), other.params.end());
    return *this;
  }
};

}  // namespace newsgraph::store::sql

#endif  // NEWSGRAPH_SHARED_STORE_SQL_SQL_FRAGMENT_H_
