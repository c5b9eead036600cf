/** Finance's transaction buffer on the {@code transaction_buffer} table. */
package org.prisonsync.jdbc.finance;
