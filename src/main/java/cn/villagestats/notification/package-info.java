/**
 * Telling a person that a night failed: a short message in Chinese by mail (SMTP, Spring's
 * mail starter) and to a webhook (a JSON POST, as the group robots of WeCom and DingTalk take
 * it). Sending never fails the night; a message that cannot be delivered leaves a WARN line.
 */
package cn.villagestats.notification;
