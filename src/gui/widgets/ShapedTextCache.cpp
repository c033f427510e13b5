#include "gui/widgets/ShapedTextCache.h"

#include <QTransform>

namespace kefu {

ShapedTextCache::ShapedTextCache(int capacity) : m_texts(capacity) {}

QStaticText ShapedTextCache::shaped(int slot, const QFont& font, const QString& text) {
    QString key;
    key.reserve(text.size() + 1);
    key.append(QChar(u'A' + slot)).append(text);
    if (const QStaticText* hit = m_texts.object(key)) {
        return *hit;
    }
    QStaticText made = prepare(font, text);
    m_texts.insert(key, new QStaticText(made));
    return made;
}

QStaticText ShapedTextCache::prepare(const QFont& font, const QString& text) {
    QStaticText made(text);
    made.setTextFormat(Qt::PlainText);  // AutoText would take a nick or phrase such as "<b>" for markup
    made.prepare(QTransform(), font);
    return made;
}

}  // namespace kefu
