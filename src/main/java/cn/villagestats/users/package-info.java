/**
 * The web console's accounts: users in the database with hashed passwords and API tokens,
 * their roles (operator, village, county), the {@code user} commands that manage them, the
 * lock after repeated wrong passwords, and the audit of what each user did.
 */
package cn.villagestats.users;
