-- KefuDesk schema version 2: the live chat channel (docs/protocol.md). Everything is additive, so a v1 store keeps
-- every row; local and demo conversations simply have no gateway id.

-- The gateway's id of a conversation that came from it; NULL for local/demo conversations.
ALTER TABLE conversation ADD COLUMN gateway_conversation_id TEXT;
CREATE UNIQUE INDEX conversation_gateway_id ON conversation(gateway_conversation_id)
    WHERE gateway_conversation_id IS NOT NULL;

-- The platform's reason for a failed reply (消息包含违禁词 …), shown beside 发送失败.
ALTER TABLE message ADD COLUMN failure_reason TEXT;

-- Taobao's `modified` of the last order.updated applied: an older update arriving late is ignored.
ALTER TABLE trade ADD COLUMN modified_at_ms INTEGER;

-- The highest seq persisted per stream (the signed-in agent's nick): what `resume` sends after a restart.
CREATE TABLE gateway_stream (
    stream_key TEXT PRIMARY KEY,
    last_seq   INTEGER NOT NULL CHECK (last_seq >= 0)
) WITHOUT ROWID;

-- Workbench → gateway commands that must survive a restart, sent oldest first. A reply's text, kind and client id
-- stay in its message row (one copy); the row only points at it.
-- AUTOINCREMENT: an id is never reused after its row is deleted, so the worker can tell a new command from one it
-- already sent on this connection by its id.
CREATE TABLE outbox (
    id                 INTEGER PRIMARY KEY AUTOINCREMENT,
    kind               TEXT NOT NULL CHECK (kind IN ('message_send', 'message_read', 'conversation_close',
                                                     'conversation_transfer', 'presence')),
    conversation_id    INTEGER REFERENCES conversation(id) ON DELETE CASCADE,
    message_id         INTEGER REFERENCES message(id) ON DELETE CASCADE,
    gateway_message_id TEXT,                       -- message_read: the newest buyer message read
    to_agent_nick      TEXT NOT NULL DEFAULT '',   -- conversation_transfer
    reason             TEXT NOT NULL DEFAULT '',   -- conversation_transfer
    presence           TEXT CHECK (presence IN ('online', 'away', 'offline')),
    attempts           INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    created_at_ms      INTEGER NOT NULL,
    last_attempt_at_ms INTEGER,
    CHECK ((kind = 'message_send') = (message_id IS NOT NULL)),
    CHECK ((kind = 'presence') = (presence IS NOT NULL))
);
CREATE UNIQUE INDEX outbox_message ON outbox(message_id) WHERE message_id IS NOT NULL;
