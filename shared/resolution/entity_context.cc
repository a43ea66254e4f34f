#include "shared/resolution/entity_context.h"

#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "absl/strings/str_split.h"
#include "shared/base/string_view.h"
#include "shared/resolution/canonical_key.h"
#include "shared/resolution/name_normalizer.h"

namespace newsgraph::resolution {
namespace {

bool IsRoleStopWord(std::string_view word) {
  for (std::string_view stop : {"of", "the", "for", "and", "a", "an"}) {
    if (word == stop) return true;
  }
  return false;
}

bool InRange(int index, int size) { return index >= 0 && index < size; }

// The form with exactly `text`, or null.
SurfaceForm* FindForm(std::vector<SurfaceForm>& forms, std::string_view text) {
  for (SurfaceForm& form : forms) {
    if (form.text == text) return &form;
  }
  return nullptr;
}

void AddListedForm(std::vector<SurfaceForm>& forms, std::string_view text) {
  if (text.empty() || text.size() > kMaxSurfaceFormBytes || forms.size() >= kMaxSurfaceForms) {
    return;
  }
  if (FindForm(forms, text) == nullptr) forms.push_back({std::string(text), 0});
}

// Whether a mention's text is a name of its entity (a proper name, an
// acronym, a demonym), not a common noun that refers back to it ("the
// Ministry") or another form an extractor may add.
bool IsNameForm(v1::MentionForm form) {
  return form == v1::MENTION_FORM_UNSPECIFIED || form == v1::MENTION_FORM_NAME ||
         form == v1::MENTION_FORM_ACRONYM || form == v1::MENTION_FORM_DEMONYM;
}

void CountMentions(const v1::Article& article, std::vector<EntityContext>& contexts,
                   std::vector<int64_t>& counted) {
  const int size = static_cast<int>(contexts.size());
  for (const v1::EntityMention& mention : article.mentions()) {
    if (!InRange(mention.entity_index(), size)) continue;
    ++counted[mention.entity_index()];
    if (!IsNameForm(mention.form())) continue;
    const std::string& text = mention.text();
    if (text.empty() || text.size() > kMaxSurfaceFormBytes) continue;
    std::vector<SurfaceForm>& forms = contexts[mention.entity_index()].forms;
    if (SurfaceForm* form = FindForm(forms, text); form != nullptr) {
      ++form->count;
    } else if (forms.size() < kMaxSurfaceForms) {
      forms.push_back({text, 1});
    }
  }
}

// The country a role's body ties its holder to.
std::string AffiliationCountry(const v1::ArticleEntity& body) {
  return NormalizeCountryCode(body.country_code());
}

void AddRoles(const v1::Article& article, std::vector<EntityContext>& contexts) {
  const int size = static_cast<int>(contexts.size());
  for (const v1::Role& role : article.roles()) {
    if (!InRange(role.person_index(), size)) continue;
    EntityContext& context = contexts[role.person_index()];
    std::string key = RoleKey(role.title());
    if (!key.empty() && std::find(context.role_keys.begin(), context.role_keys.end(), key) ==
                            context.role_keys.end()) {
      context.role_keys.push_back(std::move(key));
    }
    if (context.country.empty() && role.has_affiliation_index() &&
        InRange(role.affiliation_index(), size) &&
        role.affiliation_index() != role.person_index()) {
      context.country = AffiliationCountry(article.entities(role.affiliation_index()));
    }
  }
}

}  // namespace

std::vector<EntityContext> ContextsOf(const v1::Article& article) {
  std::vector<EntityContext> contexts(static_cast<size_t>(article.entities_size()));
  for (int i = 0; i < article.entities_size(); ++i) {
    const v1::ArticleEntity& entity = article.entities(i);
    EntityContext& context = contexts[i];
    context.country = NormalizeCountryCode(entity.country_code());
    AddListedForm(context.forms, entity.name());
    for (const std::string& alias : entity.aliases()) AddListedForm(context.forms, alias);
  }
  std::vector<int64_t> counted(contexts.size(), 0);
  CountMentions(article, contexts, counted);
  AddRoles(article, contexts);
  for (int i = 0; i < article.entities_size(); ++i) {
    EntityContext& context = contexts[i];
    const int64_t declared = article.entities(i).mention_count();
    context.mention_count = std::max<int64_t>(1, declared > 0 ? declared : counted[i]);
    for (SurfaceForm& form : context.forms) form.count = std::max<int64_t>(1, form.count);
  }
  return contexts;
}

std::string RoleKey(std::string_view title) {
  const std::string normalized = NormalizeName(title);
  std::vector<std::string_view> words;
  for (absl::string_view word : absl::StrSplit(normalized, ' ', absl::SkipEmpty())) {
    if (!IsRoleStopWord(AsStd(word))) words.push_back(AsStd(word));
  }
  std::sort(words.begin(), words.end());
  words.erase(std::unique(words.begin(), words.end()), words.end());
  std::string key;
  for (std::string_view word : words) {
    if (!key.empty()) key.push_back(' ');
    key.append(word);
  }
  return key;
}

}  // namespace newsgraph::resolution
