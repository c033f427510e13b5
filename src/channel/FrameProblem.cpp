#include "channel/FrameProblem.h"

#include "core/EnumLookup.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace kefu {

namespace {

QList<FrameProblem> allFrameProblems() {
    return {FrameProblem::TooLarge,           FrameProblem::InvalidUtf8,  FrameProblem::TooDeep,
            FrameProblem::MalformedJson,      FrameProblem::NotAnObject,  FrameProblem::MissingVersion,
            FrameProblem::UnsupportedVersion, FrameProblem::UnknownType,  FrameProblem::MissingField,
            FrameProblem::WrongType,          FrameProblem::UnknownValue, FrameProblem::InvalidValue};
}

QString frameProblemMessage(FrameProblem problem, const QString& field) {
    switch (problem) {
        case FrameProblem::TooLarge:
            return QCoreApplication::translate("kefu::FrameCodec", "网关消息过大（超过 64 KiB），已拒收");
        case FrameProblem::InvalidUtf8:
            return QCoreApplication::translate("kefu::FrameCodec", "网关消息不是有效的 UTF-8 文本");
        case FrameProblem::TooDeep:
            return QCoreApplication::translate("kefu::FrameCodec", "网关消息的嵌套层级过深");
        case FrameProblem::MalformedJson:
            return QCoreApplication::translate("kefu::FrameCodec", "网关消息不是有效的 JSON");
        case FrameProblem::NotAnObject:
            return QCoreApplication::translate("kefu::FrameCodec", "网关消息格式错误：应为 JSON 对象");
        case FrameProblem::MissingVersion:
            return QCoreApplication::translate("kefu::FrameCodec", "网关消息缺少协议版本号");
        case FrameProblem::UnsupportedVersion:
            return QCoreApplication::translate("kefu::FrameCodec", "网关协议版本不受支持（本程序支持 v1）");
        case FrameProblem::UnknownType:
            return QCoreApplication::translate("kefu::FrameCodec", "未知的网关消息类型");
        case FrameProblem::MissingField:
            return QCoreApplication::translate("kefu::FrameCodec", "网关消息缺少字段“%1”").arg(field);
        case FrameProblem::WrongType:
            return QCoreApplication::translate("kefu::FrameCodec", "网关消息字段“%1”的类型错误").arg(field);
        case FrameProblem::UnknownValue:
            return QCoreApplication::translate("kefu::FrameCodec", "网关消息字段“%1”的取值无法识别").arg(field);
        case FrameProblem::InvalidValue:
            return QCoreApplication::translate("kefu::FrameCodec", "网关消息字段“%1”的值无效").arg(field);
    }
    return {};
}

}  // namespace

QString frameProblemKey(FrameProblem problem) {
    switch (problem) {
        case FrameProblem::TooLarge:
            return u"too_large"_s;
        case FrameProblem::InvalidUtf8:
            return u"invalid_utf8"_s;
        case FrameProblem::TooDeep:
            return u"too_deep"_s;
        case FrameProblem::MalformedJson:
            return u"malformed_json"_s;
        case FrameProblem::NotAnObject:
            return u"not_an_object"_s;
        case FrameProblem::MissingVersion:
            return u"missing_version"_s;
        case FrameProblem::UnsupportedVersion:
            return u"unsupported_version"_s;
        case FrameProblem::UnknownType:
            return u"unknown_type"_s;
        case FrameProblem::MissingField:
            return u"missing_field"_s;
        case FrameProblem::WrongType:
            return u"wrong_type"_s;
        case FrameProblem::UnknownValue:
            return u"unknown_value"_s;
        case FrameProblem::InvalidValue:
            return u"invalid_value"_s;
    }
    return {};
}

std::optional<FrameProblem> frameProblemFromKey(QStringView key) {
    return enumFromKey(allFrameProblems(), &frameProblemKey, key);
}

Error frameError(FrameProblem problem, const QString& detail, const QString& field) {
    return Error{ErrorCode::InvalidInput, frameProblemMessage(problem, field),
                 u"["_s + frameProblemKey(problem) + u"] "_s + detail};
}

std::optional<FrameProblem> frameProblemOf(const Error& error) {
    if (error.code != ErrorCode::InvalidInput || !error.detail.startsWith(u'[')) {
        return std::nullopt;
    }
    const qsizetype end = error.detail.indexOf(u']');
    if (end < 0) {
        return std::nullopt;
    }
    return frameProblemFromKey(QStringView(error.detail).sliced(1, end - 1));
}

}  // namespace kefu
