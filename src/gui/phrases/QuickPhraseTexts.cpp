#include "gui/phrases/QuickPhraseTexts.h"

namespace kefu {

QString QuickPhraseTexts::problem(PhraseProblem problem) {
    switch (problem) {
        case PhraseProblem::EmptyBody:
            return tr("短语内容不能为空");
        case PhraseProblem::BodyTooLong:
            return tr("短语内容不能超过 %1 个字").arg(kMaxPhraseBodyLength);
        case PhraseProblem::EmptyGroup:
            return tr("请选择或输入分组");
        case PhraseProblem::GroupTooLong:
            return tr("分组名不能超过 %1 个字").arg(kMaxPhraseGroupLength);
        case PhraseProblem::CodeTooLong:
            return tr("快捷编码不能超过 %1 个字符").arg(kMaxPhraseCodeLength);
        case PhraseProblem::CodeHasSpace:
            return tr("快捷编码不能包含空格");
    }
    return {};
}

QString QuickPhraseTexts::rowProblem(const PhraseRowError& error) {
    switch (error.problem) {
        case PhraseRowProblem::WrongColumnCount:
            return tr("应有 3 列（快捷编码、快捷短语、快捷短语分组），此行有 %1 列").arg(error.columns);
        case PhraseRowProblem::UnterminatedQuote:
            return tr("引号没有闭合（从此行开始的带引号内容没有结束引号）");
        case PhraseRowProblem::TextAfterQuote:
            return tr("引号后面紧跟了其他文字（内容中的引号应写成两个 \"\"）");
        case PhraseRowProblem::EmptyBody:
            return problem(PhraseProblem::EmptyBody);
        case PhraseRowProblem::BodyTooLong:
            return problem(PhraseProblem::BodyTooLong);
        case PhraseRowProblem::GroupTooLong:
            return problem(PhraseProblem::GroupTooLong);
        case PhraseRowProblem::CodeTooLong:
            return problem(PhraseProblem::CodeTooLong);
        case PhraseRowProblem::CodeHasSpace:
            return problem(PhraseProblem::CodeHasSpace);
    }
    return {};
}

QString QuickPhraseTexts::encoding(TextEncoding encoding) {
    switch (encoding) {
        case TextEncoding::Utf8:
            return tr("UTF-8");
        case TextEncoding::Utf16:
            return tr("UTF-16");
        case TextEncoding::Gb18030:
            return tr("GBK");
    }
    return {};
}

QString QuickPhraseTexts::readOnlyReason() {
    return tr("店铺短语只有客服主管或管理员可以修改；可以在“个人”中添加自己的短语");
}

}  // namespace kefu
