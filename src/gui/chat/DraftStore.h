#pragma once

#include <QHash>
#include <QSet>
#include <QString>

namespace kefu {

// What the agent had typed per conversation: kept in memory on every keystroke and written to QSettings
// (drafts/<id>) by save() — on a conversation switch and when the panel closes — so an unsent reply survives a
// restart. Writing QSettings per keystroke rewrote and fsynced the whole settings file each time (~20 ms).
class DraftStore {
public:
    QString draft(qint64 conversationId);
    void setDraft(qint64 conversationId, const QString& text);  // empty text clears it
    void clear(qint64 conversationId) { setDraft(conversationId, QString()); }
    void save();  // writes the drafts changed since the last save
    ~DraftStore() { save(); }

private:
    static QString key(qint64 conversationId);
    QHash<qint64, QString> m_drafts;
    QSet<qint64> m_unsaved;
};

}  // namespace kefu
