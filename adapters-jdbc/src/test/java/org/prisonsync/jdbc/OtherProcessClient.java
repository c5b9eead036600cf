package org.prisonsync.jdbc;

import java.nio.file.Path;
import java.time.Clock;
import org.prisonsync.core.mapping.Mapping;
import org.prisonsync.core.mapping.MappingSaveResult;
import org.prisonsync.core.mapping.MappingTypes;

/**
 * Run by {@link DatabaseIT} in a separate JVM, the way the CLI opens the service's H2 file: saves one mapping and
 * exits 0 if it was saved.
 */
public final class OtherProcessClient {
    private OtherProcessClient() {
    }

    public static void main(String[] args) {
        try (Database database = Database.open(JdbcSettings.h2File(Path.of(args[0])))) {
            MappingSaveResult result = JdbcAdapters.mappingStore(database, Clock.systemUTC())
                    .save(Mapping.of("VISIT", args[1], args[2], null, MappingTypes.NOMIS_CREATED));
            System.out.println(result);
            System.exit(result instanceof MappingSaveResult.Saved ? 0 : 1);
        }
    }
}
