# Turns a data file into a C++ source defining
#   std::string_view actorgraph::data::<SYMBOL>();
# Usage: cmake -DINPUT=file -DOUTPUT=file.cc -DSYMBOL=name -P embed.cmake
file(READ "${INPUT}" hex HEX)
string(LENGTH "${hex}" hex_length)
math(EXPR size "${hex_length} / 2")
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "'\\\\x\\1'," bytes "${hex}")
string(REGEX REPLACE "(('[^']*',){32})" "\\1\n" bytes "${bytes}")
file(WRITE "${OUTPUT}.tmp"
"// Generated from ${INPUT} by scripts/embed.cmake. Do not edit.
#include <string_view>
namespace actorgraph::data {
namespace {
constexpr char kBytes[] = {
${bytes}
'\\0'};
}  // namespace
std::string_view ${SYMBOL}() { return std::string_view(kBytes, ${size}); }
}  // namespace actorgraph::data
")
file(RENAME "${OUTPUT}.tmp" "${OUTPUT}")
