-- The meetings' full-text rows are keyed by date: rowid = (Julian day of the first day << 32) | seq. FTS5 reads
-- matches in rowid order, so "newest first" searches read the newest matches and stop after a page,
-- instead of collecting every match and sorting. The meeting of a row is seq = rowid & 0xFFFFFFFF.
DROP TRIGGER `meetings_fts_insert`;
--> statement-breakpoint
DROP TRIGGER `meetings_fts_update`;
--> statement-breakpoint
DROP TRIGGER `meetings_fts_delete`;
--> statement-breakpoint
DROP TRIGGER `statements_fts_insert`;
--> statement-breakpoint
DROP TRIGGER `statements_fts_update`;
--> statement-breakpoint
DROP TRIGGER `statements_fts_delete`;
--> statement-breakpoint
DELETE FROM meetings_fts;
--> statement-breakpoint
INSERT INTO meetings_fts (rowid, title, summary, statements)
  SELECT ((CAST(julianday(m.first_day) AS INTEGER) << 32) | m.seq), m.title, m.summary, coalesce((SELECT group_concat(text, ' ') FROM statements WHERE meeting_id = m.id), '') FROM meetings m;
--> statement-breakpoint
CREATE TRIGGER `meetings_fts_insert` AFTER INSERT ON `meetings` BEGIN
  INSERT INTO meetings_fts (rowid, title, summary, statements) VALUES (((CAST(julianday(NEW.first_day) AS INTEGER) << 32) | NEW.seq), NEW.title, NEW.summary, '');
END;
--> statement-breakpoint
CREATE TRIGGER `meetings_fts_update` AFTER UPDATE OF title, summary, first_day ON `meetings` BEGIN
  DELETE FROM meetings_fts WHERE rowid = ((CAST(julianday(OLD.first_day) AS INTEGER) << 32) | OLD.seq);
  INSERT INTO meetings_fts (rowid, title, summary, statements) VALUES (((CAST(julianday(NEW.first_day) AS INTEGER) << 32) | NEW.seq), NEW.title, NEW.summary, coalesce((SELECT group_concat(text, ' ') FROM statements WHERE meeting_id = NEW.id), ''));
END;
--> statement-breakpoint
CREATE TRIGGER `meetings_fts_delete` AFTER DELETE ON `meetings` BEGIN
  DELETE FROM meetings_fts WHERE rowid = ((CAST(julianday(OLD.first_day) AS INTEGER) << 32) | OLD.seq);
END;
--> statement-breakpoint
CREATE TRIGGER `statements_fts_insert` AFTER INSERT ON `statements` BEGIN
  DELETE FROM meetings_fts WHERE rowid = (SELECT ((CAST(julianday(m.first_day) AS INTEGER) << 32) | m.seq) FROM meetings m WHERE m.id = NEW.meeting_id);
  INSERT INTO meetings_fts (rowid, title, summary, statements)
    SELECT ((CAST(julianday(m.first_day) AS INTEGER) << 32) | m.seq), m.title, m.summary, coalesce((SELECT group_concat(text, ' ') FROM statements WHERE meeting_id = m.id), '') FROM meetings m WHERE m.id = NEW.meeting_id;
END;
--> statement-breakpoint
CREATE TRIGGER `statements_fts_update` AFTER UPDATE OF text ON `statements` BEGIN
  DELETE FROM meetings_fts WHERE rowid = (SELECT ((CAST(julianday(m.first_day) AS INTEGER) << 32) | m.seq) FROM meetings m WHERE m.id = NEW.meeting_id);
  INSERT INTO meetings_fts (rowid, title, summary, statements)
    SELECT ((CAST(julianday(m.first_day) AS INTEGER) << 32) | m.seq), m.title, m.summary, coalesce((SELECT group_concat(text, ' ') FROM statements WHERE meeting_id = m.id), '') FROM meetings m WHERE m.id = NEW.meeting_id;
END;
--> statement-breakpoint
CREATE TRIGGER `statements_fts_delete` AFTER DELETE ON `statements` BEGIN
  DELETE FROM meetings_fts WHERE rowid = (SELECT ((CAST(julianday(m.first_day) AS INTEGER) << 32) | m.seq) FROM meetings m WHERE m.id = OLD.meeting_id);
  INSERT INTO meetings_fts (rowid, title, summary, statements)
    SELECT ((CAST(julianday(m.first_day) AS INTEGER) << 32) | m.seq), m.title, m.summary, coalesce((SELECT group_concat(text, ' ') FROM statements WHERE meeting_id = m.id), '') FROM meetings m WHERE m.id = OLD.meeting_id;
END;
--> statement-breakpoint
INSERT INTO meetings_fts (meetings_fts) VALUES ('optimize');
