#pragma once

namespace kefu {

// One call = one operation as the workbench performs it; `i` varies the input between iterations.
void runOpenStore();
void runInboxWaitingPage();
void runInboxAllPage();
void runHistory(int i);
void runInsertOne(int i);
// `size` messages over `conversations` distinct conversations, in one transaction.
void runInsertBatch(int i, int size, int conversations);
// The ingest connection's WAL mode: automatic checkpoints off (as the channel's ingest connection runs) or SQLite's
// default of one every 1,000 pages.
void setIngestMode(bool autoCheckpointOff);
// A PASSIVE checkpoint on a second connection, as the maintenance worker runs it between bursts.
void runMaintenanceCheckpoint();
// Indexes up to 1,000 messages stored since the last run (what the channel worker does after a burst).
void runIndexPending();
// Indexes everything pending (setup for cases that should not pay for earlier cases' appends).
void runCatchUpIndex();
void runProductSearch(int i);
void runKnowledgeSearch(int i);
void runMessageSearch();

}  // namespace kefu
