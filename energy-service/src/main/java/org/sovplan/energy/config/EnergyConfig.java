package org.sovplan.energy.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

/** The limits of energy-service: how large a quote or an import may be. Keys under {@code sovplan.energy}. */
@ConfigMapping(prefix = "sovplan.energy")
public interface EnergyConfig {

    /** Limits of energy quotes. */
    Quote quote();

    /** Limits of profile and series imports ({@code import} is a Java keyword, hence the name). */
    @WithName("import")
    Import importing();

    /** Limits of {@code POST /api/v1/energy-quotes}. */
    interface Quote {

        /** Largest load one quote may ask for, in MW (a 10 GW campus is already beyond any grid we plan for). */
        @WithDefault("10000")
        double maxLoadMw();

        /** Longest load one quote may price, in hours (8784 = a leap year). */
        @WithDefault("8784")
        int maxHours();

        /** Longest shifting window, in hours; bounds the work of the best-window search. */
        @WithDefault("17568")
        int maxWindowHours();

        /** Most segments a load schedule may have. */
        @WithDefault("100")
        int maxScheduleSegments();
    }

    /** Limits of CSV and JSON imports. */
    interface Import {

        /** Most points one hourly series may hold (87840 = ten years). */
        @WithDefault("87840")
        int maxSeriesRows();

        /** Most row-level errors listed in one problem answer; the detail still counts all of them. */
        @WithDefault("50")
        int maxListedErrors();
    }
}
