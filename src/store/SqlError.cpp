#include "store/SqlError.h"

#include <QCoreApplication>

namespace kefu {

using namespace Qt::StringLiterals;

namespace {

QString internalReason() {
    return QCoreApplication::translate("kefu::Store", "数据库内部错误");
}

// SQLite primary result codes (the low byte of an extended code).
constexpr int kSqliteBusy = 5;
constexpr int kSqliteLocked = 6;
constexpr int kSqliteNoMem = 7;
constexpr int kSqliteReadOnly = 8;
constexpr int kSqliteIoErr = 10;
constexpr int kSqliteCorrupt = 11;
constexpr int kSqliteFull = 13;
constexpr int kSqliteCantOpen = 14;
constexpr int kSqliteConstraint = 19;
constexpr int kSqliteNotADb = 26;

// Extended constraint codes.
constexpr int kConstraintCheck = 275;
constexpr int kConstraintForeignKey = 787;
constexpr int kConstraintNotNull = 1299;
constexpr int kConstraintPrimaryKey = 1555;
constexpr int kConstraintUnique = 2067;
constexpr int kConstraintRowId = 2579;

QString withContext(const QString& userMessage, const QString& reason) {
    if (userMessage.isEmpty()) {
        return reason;
    }
    //: What failed (%1), then why (%2), e.g. 保存订单失败：磁盘空间不足，数据未保存
    return QCoreApplication::translate("kefu::Store", "%1：%2").arg(userMessage, reason);
}

// A plain SQLITE_CONSTRAINT (no extended code) still names the rule in the driver text.
int constraintKind(int code, const QString& databaseText) {
    if (code != kSqliteConstraint) {
        return code;
    }
    if (databaseText.contains(u"UNIQUE"_s)) {
        return kConstraintUnique;
    }
    if (databaseText.contains(u"FOREIGN KEY"_s)) {
        return kConstraintForeignKey;
    }
    if (databaseText.contains(u"NOT NULL"_s)) {
        return kConstraintNotNull;
    }
    if (databaseText.contains(u"CHECK"_s)) {
        return kConstraintCheck;
    }
    return code;
}

QString constraintReason(int code, const QString& databaseText) {
    switch (constraintKind(code, databaseText)) {
        case kConstraintUnique:
        case kConstraintPrimaryKey:
        case kConstraintRowId:
            return QCoreApplication::translate("kefu::Store", "已存在相同的记录（重复）");
        case kConstraintForeignKey:
            return QCoreApplication::translate("kefu::Store", "关联数据不存在");
        case kConstraintNotNull:
            return QCoreApplication::translate("kefu::Store", "缺少必填内容");
        case kConstraintCheck:
            return QCoreApplication::translate("kefu::Store", "数据不符合规则");
        default:
            return QCoreApplication::translate("kefu::Store", "数据不符合约束");
    }
}

}  // namespace

Error SqlError::from(const QSqlError& error, const QString& userMessage) {
    const QString native = error.nativeErrorCode();
    const QString detail = error.text() + u" [sqlite "_s + (native.isEmpty() ? u"-"_s : native) + u"]"_s;
    bool isNumber = false;
    const int code = native.toInt(&isNumber);
    if (!isNumber) {
        return Error{ErrorCode::Internal, withContext(userMessage, internalReason()), detail};
    }
    switch (code & 0xff) {
        case kSqliteConstraint:
            return Error{ErrorCode::Constraint, withContext(userMessage, constraintReason(code, error.databaseText())),
                         detail};
        case kSqliteFull:
            return Error{
                ErrorCode::DiskFull,
                withContext(userMessage, QCoreApplication::translate("kefu::Store", "磁盘空间不足，数据未保存")),
                detail};
        case kSqliteBusy:
        case kSqliteLocked:
            return Error{
                ErrorCode::Busy,
                withContext(userMessage, QCoreApplication::translate(
                                             "kefu::Store", "数据库正忙（可能另一个窗口正在写入），请稍后重试")),
                detail};
        case kSqliteCorrupt:
        case kSqliteNotADb:
            return Error{ErrorCode::Corrupt,
                         withContext(userMessage, QCoreApplication::translate("kefu::Store", "数据库文件已损坏")),
                         detail};
        case kSqliteReadOnly:
        case kSqliteIoErr:
        case kSqliteCantOpen:
            return Error{ErrorCode::Io,
                         withContext(userMessage, QCoreApplication::translate(
                                                      "kefu::Store", "无法读写数据库文件（请检查磁盘和文件权限）")),
                         detail};
        case kSqliteNoMem:
            return Error{ErrorCode::Internal,
                         withContext(userMessage, QCoreApplication::translate("kefu::Store", "内存不足")), detail};
        default:
            return Error{ErrorCode::Internal, withContext(userMessage, internalReason()), detail};
    }
}

}  // namespace kefu
