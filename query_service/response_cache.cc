#include "query_service/response_cache.h"

#include <utility>

namespace newsgraph::query {

ResponseCache::ResponseCache(size_t capacity_bytes, VersionSource data_version, Observer* observer)
    : capacity_bytes_(capacity_bytes),
      data_version_(std::move(data_version)),
      observer_(observer) {}

ResponseCache::Probe ResponseCache::Find(std::string key) {
  Probe probe;
  probe.key = std::move(key);
  if (!enabled()) return probe;
  absl::StatusOr<int64_t> version = data_version_();
  absl::MutexLock lock(&mu_);
  if (!version.ok()) {
    CountLookup(false);  // the lookup itself will meet the store's trouble
    return probe;
  }
  probe.version = *version;
  if (Advance(*version)) {
    if (auto it = entries_.find(probe.key); it != entries_.end()) {
      recency_.splice(recency_.begin(), recency_, it->second.recency);
      probe.answer = it->second.answer;
      CountLookup(true);
      return probe;
    }
  }
  CountLookup(false);
  return probe;
}

void ResponseCache::Keep(Probe probe, std::shared_ptr<const std::string> answer) {
  if (!probe.version.has_value() || probe.answer != nullptr || answer == nullptr) return;
  const size_t bytes = probe.key.size() + answer->size() + kEntryOverheadBytes;
  if (bytes > capacity_bytes_ / 8) return;
  absl::MutexLock lock(&mu_);
  if (!Advance(*probe.version)) return;  // the data changed since the lookup began
  auto [it, inserted] = entries_.try_emplace(std::move(probe.key));
  if (!inserted) return;  // another call kept the same answer first
  Entry& entry = it->second;
  entry.answer = std::move(answer);
  entry.bytes = bytes;
  recency_.push_front(&it->first);
  entry.recency = recency_.begin();
  bytes_ += bytes;
  while (bytes_ > capacity_bytes_) EvictLeastRecent();
  SizeChanged();
}

ResponseCache::Stats ResponseCache::stats() const {
  absl::MutexLock lock(&mu_);
  return Stats{hits_, misses_, static_cast<int64_t>(entries_.size()), static_cast<int64_t>(bytes_)};
}

bool ResponseCache::Advance(int64_t version) {
  if (version == version_) return true;
  if (version < version_) return false;  // read before a newer reading was seen
  const bool had_entries = !entries_.empty();
  entries_.clear();
  recency_.clear();
  bytes_ = 0;
  version_ = version;
  if (had_entries) SizeChanged();
  return true;
}

void ResponseCache::EvictLeastRecent() {
  auto it = entries_.find(*recency_.back());
  bytes_ -= it->second.bytes;
  recency_.pop_back();
  entries_.erase(it);
}

void ResponseCache::CountLookup(bool hit) {
  ++(hit ? hits_ : misses_);
  if (observer_ != nullptr) observer_->OnLookup(hit);
}

void ResponseCache::SizeChanged() {
  if (observer_ != nullptr) {
    observer_->OnSize(static_cast<int64_t>(entries_.size()), static_cast<int64_t>(bytes_));
  }
}

}  // namespace newsgraph::query
