#include "gui/phrases/PhraseCsvFile.h"

#include "core/QuickPhraseCsv.h"
#include "core/TextFileDecoder.h"
#include "core/TextFileEncoder.h"
#include "store/QuickPhraseRepository.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace kefu {

namespace {

Result<QByteArray> readAll(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{ErrorCode::Io, PhraseCsvFile::tr("无法打开文件 %1").arg(QFileInfo(path).fileName()),
                     file.errorString()};
    }
    if (file.size() > PhraseCsvFile::kMaxFileBytes) {
        return Error{ErrorCode::Io, PhraseCsvFile::tr("文件过大（超过 20 MB），请拆分后再导入"), path};
    }
    return file.readAll();
}

Error fileProblemError(QuickPhraseCsv::FileProblem problem) {
    if (problem == QuickPhraseCsv::FileProblem::EmptyFile) {
        return {ErrorCode::InvalidInput, PhraseCsvFile::tr("文件是空的，没有可导入的快捷短语"), {}};
    }
    return {ErrorCode::InvalidInput,
            PhraseCsvFile::tr("文件的第一行不是千牛快捷短语的表头。\n第一行应为：%1")
                .arg(QuickPhraseCsv::header().join(u',')),
            {}};
}

}  // namespace

Result<PhraseImportReport> PhraseCsvFile::importFile(Database& db, const QString& path, PhraseScope scope,
                                                     std::optional<qint64> owner) {
    const Result<QByteArray> bytes = readAll(path);
    if (!bytes) {
        return bytes.error();
    }
    const TextFileDecoder::Decoded decoded = TextFileDecoder::decode(*bytes);
    QuickPhraseCsv::Parsed parsed = QuickPhraseCsv::parse(decoded.text);
    if (parsed.fileProblem) {
        return fileProblemError(*parsed.fileProblem);
    }
    for (QuickPhrase& phrase : parsed.phrases) {
        phrase.scope = scope;
        phrase.ownerAgentId = scope == PhraseScope::Personal ? owner : std::nullopt;
    }
    const Result<QuickPhraseRepository::ImportOutcome> outcome = QuickPhraseRepository(db).importNew(parsed.phrases);
    if (!outcome) {
        return outcome.error();
    }
    PhraseImportReport report;
    report.encoding = decoded.encoding;
    report.scope = scope;
    report.imported = outcome->imported;
    report.skippedDuplicates = outcome->skippedDuplicates;
    report.errors = parsed.errors;
    return report;
}

Status PhraseCsvFile::exportFile(const QString& path, const QList<QuickPhrase>& phrases, TextEncoding encoding) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return Error{ErrorCode::Io, tr("无法写入文件 %1").arg(QFileInfo(path).fileName()), file.errorString()};
    }
    const QByteArray bytes = TextFileEncoder::encode(QuickPhraseCsv::write(phrases), encoding);
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        return Error{ErrorCode::Io, tr("写入文件 %1 失败，磁盘可能已满或没有权限").arg(QFileInfo(path).fileName()),
                     file.errorString()};
    }
    return {};
}

}  // namespace kefu
