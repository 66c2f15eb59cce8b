-- Full-text search over meetings (title, summary, statements) and proposals (summary, quote).
-- The FTS tables keep their own copy of the text (needed for snippet()); triggers keep them in step.
CREATE VIRTUAL TABLE `meetings_fts` USING fts5(title, summary, statements, tokenize = 'unicode61 remove_diacritics 2');
--> statement-breakpoint
CREATE VIRTUAL TABLE `proposals_fts` USING fts5(summary, quote, tokenize = 'unicode61 remove_diacritics 2');
--> statement-breakpoint
CREATE TRIGGER `meetings_fts_insert` AFTER INSERT ON `meetings` BEGIN
  INSERT INTO meetings_fts (rowid, title, summary, statements) VALUES (NEW.seq, NEW.title, NEW.summary, '');
END;
--> statement-breakpoint
CREATE TRIGGER `meetings_fts_update` AFTER UPDATE OF title, summary ON `meetings` BEGIN
  DELETE FROM meetings_fts WHERE rowid = OLD.seq;
  INSERT INTO meetings_fts (rowid, title, summary, statements)
    VALUES (NEW.seq, NEW.title, NEW.summary,
      coalesce((SELECT group_concat(text, ' ') FROM statements WHERE meeting_id = NEW.id), ''));
END;
--> statement-breakpoint
CREATE TRIGGER `meetings_fts_delete` AFTER DELETE ON `meetings` BEGIN
  DELETE FROM meetings_fts WHERE rowid = OLD.seq;
END;
--> statement-breakpoint
CREATE TRIGGER `statements_fts_insert` AFTER INSERT ON `statements` BEGIN
  DELETE FROM meetings_fts WHERE rowid = (SELECT seq FROM meetings WHERE id = NEW.meeting_id);
  INSERT INTO meetings_fts (rowid, title, summary, statements)
    SELECT seq, title, summary, coalesce((SELECT group_concat(text, ' ') FROM statements WHERE meeting_id = NEW.meeting_id), '')
    FROM meetings WHERE id = NEW.meeting_id;
END;
--> statement-breakpoint
CREATE TRIGGER `statements_fts_update` AFTER UPDATE OF text ON `statements` BEGIN
  DELETE FROM meetings_fts WHERE rowid = (SELECT seq FROM meetings WHERE id = NEW.meeting_id);
  INSERT INTO meetings_fts (rowid, title, summary, statements)
    SELECT seq, title, summary, coalesce((SELECT group_concat(text, ' ') FROM statements WHERE meeting_id = NEW.meeting_id), '')
    FROM meetings WHERE id = NEW.meeting_id;
END;
--> statement-breakpoint
CREATE TRIGGER `statements_fts_delete` AFTER DELETE ON `statements` BEGIN
  DELETE FROM meetings_fts WHERE rowid = (SELECT seq FROM meetings WHERE id = OLD.meeting_id);
  INSERT INTO meetings_fts (rowid, title, summary, statements)
    SELECT seq, title, summary, coalesce((SELECT group_concat(text, ' ') FROM statements WHERE meeting_id = OLD.meeting_id), '')
    FROM meetings WHERE id = OLD.meeting_id;
END;
--> statement-breakpoint
CREATE TRIGGER `proposals_fts_insert` AFTER INSERT ON `proposals` BEGIN
  INSERT INTO proposals_fts (rowid, summary, quote) VALUES (NEW.seq, NEW.summary, coalesce(NEW.quote, ''));
END;
--> statement-breakpoint
CREATE TRIGGER `proposals_fts_update` AFTER UPDATE OF summary, quote ON `proposals` BEGIN
  DELETE FROM proposals_fts WHERE rowid = OLD.seq;
  INSERT INTO proposals_fts (rowid, summary, quote) VALUES (NEW.seq, NEW.summary, coalesce(NEW.quote, ''));
END;
--> statement-breakpoint
CREATE TRIGGER `proposals_fts_delete` AFTER DELETE ON `proposals` BEGIN
  DELETE FROM proposals_fts WHERE rowid = OLD.seq;
END;
--> statement-breakpoint
-- The link tables carry a copy of the meeting's first day for index-ordered "newest first" lists.
CREATE TRIGGER `meetings_first_day_update` AFTER UPDATE OF first_day ON `meetings` BEGIN
  UPDATE meeting_parties SET meeting_first_day = NEW.first_day WHERE meeting_id = NEW.id;
  UPDATE participants SET meeting_first_day = NEW.first_day WHERE meeting_id = NEW.id;
  UPDATE meeting_themes SET meeting_first_day = NEW.first_day WHERE meeting_id = NEW.id;
END;
