#pragma once

#include "core/QuickPhrase.h"
#include "core/Result.h"
#include "core/TextEncoding.h"
#include "gui/phrases/PhraseImportReport.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace kefu {

class Database;

// The file side of 快捷短语 import and export, callable with a path (the panel asks for it with QFileDialog).
class PhraseCsvFile {
    Q_DECLARE_TR_FUNCTIONS(PhraseCsvFile)

public:
    static constexpr qint64 kMaxFileBytes = 20 * 1024 * 1024;

    // Reads a Qianniu quick-phrase CSV (UTF-8 with or without BOM, UTF-16, GBK) and adds its good rows to `scope`
    // (owned by `owner` for personal) in one transaction. Errors: Io (unreadable, too big), InvalidInput (empty file
    // or wrong header: nothing imported), or the store's error (nothing imported).
    static Result<PhraseImportReport> importFile(Database& db, const QString& path, PhraseScope scope,
                                                 std::optional<qint64> owner);
    // Writes the phrases, in the given order, with the Qianniu header. UTF-8 gets a BOM so Excel opens it.
    static Status exportFile(const QString& path, const QList<QuickPhrase>& phrases, TextEncoding encoding);
};

}  // namespace kefu
