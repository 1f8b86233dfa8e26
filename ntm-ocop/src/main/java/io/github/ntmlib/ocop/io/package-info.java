/**
 * File formats of the OCOP module: reading certificate lists and council scoring sheets from CSV. The engine packages know no
 * file format.
 */
@NullMarked
package io.github.ntmlib.ocop.io;

import org.jspecify.annotations.NullMarked;
