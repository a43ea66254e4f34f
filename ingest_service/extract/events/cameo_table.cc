#include "ingest_service/extract/events/cameo_table.h"

#include <array>
#include <utility>

namespace newsgraph::extract::events {
namespace {

// Goldstein values by CAMEO code; see the header for the source.
constexpr std::array<std::pair<std::string_view, double>, 80> kGoldstein = {{
    {"01", 0.0},   {"02", 3.0},   {"03", 4.0},    {"030", 4.0},   {"031", 5.2},  {"033", 5.2},
    {"035", 5.0},  {"036", 4.0},  {"04", 1.0},    {"040", 1.0},   {"041", 1.0},  {"042", 1.9},
    {"043", 2.8},  {"046", 7.0},  {"05", 3.5},    {"050", 3.5},   {"051", 3.4},  {"054", 6.0},
    {"057", 8.0},  {"06", 6.0},   {"060", 6.0},   {"061", 6.4},   {"062", 7.4},  {"07", 7.0},
    {"070", 7.0},  {"071", 7.4},  {"073", 7.4},   {"075", 7.0},   {"08", 5.0},   {"080", 5.0},
    {"081", 5.0},  {"0841", 7.0}, {"0872", 9.0},  {"09", -2.0},   {"090", -2.0}, {"10", -5.0},
    {"100", -5.0}, {"11", -2.0},  {"110", -2.0},  {"111", -2.0},  {"112", -2.0}, {"115", -2.0},
    {"12", -4.0},  {"120", -4.0}, {"129", -5.0},  {"13", -6.0},   {"130", -4.4}, {"138", -7.0},
    {"14", -6.5},  {"141", -6.5}, {"143", -6.5},  {"144", -7.5},  {"15", -7.2},  {"154", -7.2},
    {"16", -4.0},  {"160", -4.0}, {"161", -4.0},  {"166", -7.0},  {"17", -7.0},  {"172", -5.0},
    {"1721", -5.0}, {"1724", -5.0}, {"173", -5.0}, {"174", -5.0}, {"18", -9.0},  {"180", -9.0},
    {"181", -9.0}, {"183", -10.0}, {"186", -10.0}, {"19", -10.0}, {"190", -10.0}, {"192", -9.0},
    {"193", -10.0}, {"195", -10.0}, {"20", -10.0}, {"0831", 5.0}, {"055", 3.5},  {"056", 3.5},
    {"064", 7.0},  {"072", 8.3},
}};

const double* Lookup(std::string_view code) {
  for (const auto& [key, value] : kGoldstein) {
    if (key == code) return &value;
  }
  return nullptr;
}

}  // namespace

double GoldsteinScore(std::string_view cameo_code) {
  if (const double* value = Lookup(cameo_code)) return *value;
  if (cameo_code.size() > 2) {
    if (const double* value = Lookup(cameo_code.substr(0, 2))) return *value;
  }
  return 0.0;
}


bool IsCooperative(v1::EventCategory category) {
  const v1::QuadClass quad = QuadClassOf(category);
  return quad == v1::QUAD_CLASS_VERBAL_COOPERATION || quad == v1::QUAD_CLASS_MATERIAL_COOPERATION;
}

}  // namespace newsgraph::extract::events
