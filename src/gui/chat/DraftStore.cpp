#include "gui/chat/DraftStore.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace kefu {

QString DraftStore::key(qint64 conversationId) {
    return u"drafts/%1"_s.arg(conversationId);
}

QString DraftStore::draft(qint64 conversationId) {
    if (auto it = m_drafts.constFind(conversationId); it != m_drafts.cend()) {
        return *it;
    }
    const QString stored = QSettings().value(key(conversationId)).toString();
    m_drafts.insert(conversationId, stored);
    return stored;
}

void DraftStore::setDraft(qint64 conversationId, const QString& text) {
    if (conversationId == 0) {
        return;
    }
    if (auto it = m_drafts.constFind(conversationId); it != m_drafts.cend() && *it == text) {
        return;
    }
    m_drafts.insert(conversationId, text);
    m_unsaved.insert(conversationId);
}

void DraftStore::save() {
    if (m_unsaved.isEmpty()) {
        return;
    }
    QSettings settings;
    for (qint64 id : std::as_const(m_unsaved)) {
        const QString text = m_drafts.value(id);
        if (text.isEmpty()) {
            settings.remove(key(id));
        } else {
            settings.setValue(key(id), text);
        }
    }
    m_unsaved.clear();
}

}  // namespace kefu
