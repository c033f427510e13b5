#pragma once

#include <QCache>
#include <QFont>
#include <QStaticText>
#include <QString>

namespace kefu {

// Short texts that many rows share (an inbox row's times, badges, wait counters) shaped once per font. A QStaticText
// keeps its laid-out glyphs, so drawing it again skips the text shaping that was most of a row's paint.
class ShapedTextCache {
public:
    explicit ShapedTextCache(int capacity = 2048);

    // `text` laid out in `font` on one line, plain text. `slot` is the caller's name for that font: a slot must
    // always be used with the same font (clear() when the fonts change).
    QStaticText shaped(int slot, const QFont& font, const QString& text);
    void clear() { m_texts.clear(); }

    // A QStaticText of `text` ready to draw with `font`, for a caller that keeps it itself.
    static QStaticText prepare(const QFont& font, const QString& text);

private:
    QCache<QString, QStaticText> m_texts;
};

}  // namespace kefu
