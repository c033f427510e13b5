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
    QSettings settings;
    if (text.isEmpty()) {
        settings.remove(key(conversationId));
    } else {
        settings.setValue(key(conversationId), text);
    }
}

}  // namespace kefu
