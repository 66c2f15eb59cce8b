DROP INDEX `meetings_by_day_idx`;--> statement-breakpoint
ALTER TABLE `meetings` ADD `party_count` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
-- Meetings recorded before this migration get their count once, before the index that holds it is rebuilt.
UPDATE `meetings` SET `party_count` = (SELECT count(*) FROM `meeting_parties` WHERE `meeting_id` = `meetings`.`id`);--> statement-breakpoint
CREATE INDEX `meetings_by_day_idx` ON `meetings` (`first_day`,`id`,`last_day`,`title`,`summary`,`start_date`,`end_date`,`date_note`,`format`,`status`,`location_name`,`location_country_code`,`party_count`,`version`,`created_at`,`updated_at`);--> statement-breakpoint
-- Every way a party is added to or removed from a meeting (a write, a replace, a cascade from a deleted meeting) keeps the count.
CREATE TRIGGER `meeting_parties_count_insert` AFTER INSERT ON `meeting_parties` BEGIN
  UPDATE meetings SET party_count = party_count + 1 WHERE id = NEW.meeting_id;
END;
--> statement-breakpoint
CREATE TRIGGER `meeting_parties_count_delete` AFTER DELETE ON `meeting_parties` BEGIN
  UPDATE meetings SET party_count = party_count - 1 WHERE id = OLD.meeting_id;
END;
--> statement-breakpoint
CREATE TRIGGER `meeting_parties_count_move` AFTER UPDATE OF meeting_id ON `meeting_parties` WHEN NEW.meeting_id IS NOT OLD.meeting_id BEGIN
  UPDATE meetings SET party_count = party_count - 1 WHERE id = OLD.meeting_id;
  UPDATE meetings SET party_count = party_count + 1 WHERE id = NEW.meeting_id;
END;
