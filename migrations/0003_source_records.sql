ALTER TABLE `sources` ADD `repository` text;--> statement-breakpoint
ALTER TABLE `sources` ADD `file` text;--> statement-breakpoint
ALTER TABLE `sources` ADD `record_id` text;