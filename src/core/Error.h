#pragma once

#include <QString>

namespace kefu {

// What went wrong at a boundary, in a form the user can be shown.
enum class ErrorCode {
    NotFound,
    InvalidInput,
    Constraint,  // a UNIQUE/FOREIGN KEY/CHECK rule refused the write
    Io,          // the file could not be read or written (permissions, missing folder)
    DiskFull,
    Corrupt,      // not a database, or a damaged one
    NewerSchema,  // written by a newer KefuDesk; refused, never "fixed"
    Migration,    // an upgrade step failed and was rolled back
    Busy,
    Internal,
};

struct Error {
    ErrorCode code = ErrorCode::Internal;
    QString message;  // user-facing, translated (Chinese source text, through QCoreApplication::translate)
    QString detail;   // technical detail for the log (driver text, SQL error code)
};

}  // namespace kefu
