#pragma once

#include <QSyntaxHighlighter>

namespace kefu {

// Marks the {订单号}-style variables a phrase left unfilled, so the agent sees what to type before sending.
class UnfilledVariableHighlighter : public QSyntaxHighlighter {
    Q_OBJECT

public:
    using QSyntaxHighlighter::QSyntaxHighlighter;

protected:
    void highlightBlock(const QString& text) override;
};

}  // namespace kefu
