#include "gui/chat/UnfilledVariableHighlighter.h"

#include "core/PhraseTemplate.h"

namespace kefu {

void UnfilledVariableHighlighter::highlightBlock(const QString& text) {
    QTextCharFormat format;
    format.setBackground(QColor(0xff, 0xd6, 0xd6));
    format.setForeground(QColor(0xc0, 0x1b, 0x22));
    for (const QString& name : PhraseTemplate::knownVariables()) {
        const QString placeholder = u'{' + name + u'}';
        for (qsizetype at = text.indexOf(placeholder); at >= 0; at = text.indexOf(placeholder, at + 1)) {
            setFormat(static_cast<int>(at), static_cast<int>(placeholder.size()), format);
        }
    }
}

}  // namespace kefu
