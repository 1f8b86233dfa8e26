/** The server: its configuration and the running service ({@link io.github.ntmlib.server.NtmServer}). */
@NullMarked
package io.github.ntmlib.server;

import org.jspecify.annotations.NullMarked;
