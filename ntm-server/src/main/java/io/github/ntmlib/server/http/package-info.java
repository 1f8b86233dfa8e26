/** The HTTP JSON API on Javalin: routes, bearer-token security, problem+json errors. */
@NullMarked
package io.github.ntmlib.server.http;

import org.jspecify.annotations.NullMarked;
