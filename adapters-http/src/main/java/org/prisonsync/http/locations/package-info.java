/** The shared location mappings' adapter (the NOMIS mapping service) and its Dagger module, for every domain. */
package org.prisonsync.http.locations;
