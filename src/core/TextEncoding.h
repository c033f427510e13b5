#pragma once

namespace kefu {

// How a text file the user chose is (or is to be) encoded. Chinese Excel saves CSV as GBK unless told otherwise;
// GB18030 is GBK's superset, so it reads every GBK file and can write any character.
enum class TextEncoding { Utf8, Utf16, Gb18030 };

}  // namespace kefu
