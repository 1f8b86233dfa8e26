/**
 * File formats of the OCOP module: reading certificate lists from CSV. The engine packages know no
 * file format.
 */
package io.github.ntmlib.ocop.io;
