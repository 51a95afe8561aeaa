package org.clusterscope.config;

import java.time.Duration;

/**
 * How the warehouse lock of writing commands tells a live holder from a dead one on another host
 * (config section {@code clusterscope.lock}).
 *
 * @param heartbeat how often the holder refreshes the lock file's time
 * @param staleAfter how long a lock file from another host may go unrefreshed before its holder is
 *     taken for dead; at least three heartbeats
 */
public record LockSettings(Duration heartbeat, Duration staleAfter) {}
