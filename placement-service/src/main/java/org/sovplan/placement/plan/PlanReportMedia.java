package org.sovplan.placement.plan;

import java.util.List;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Variant;

/** Media types of the plan report, and the example shown in the OpenAPI contract. */
final class PlanReportMedia {

    /** Markdown, RFC 7763. */
    static final String MARKDOWN = "text/markdown";
    static final MediaType MARKDOWN_UTF8 = new MediaType("text", "markdown", "UTF-8");
    static final MediaType PLAIN_UTF8 = new MediaType("text", "plain", "UTF-8");
    /** In order of preference: a client that accepts both gets Markdown. */
    static final List<Variant> VARIANTS = Variant.mediaTypes(MediaType.valueOf(MARKDOWN), MediaType.TEXT_PLAIN_TYPE)
            .build();

    static final String KENYA = """
            # Placement plan 6c1d2f0e-8b1a-4c2e-9f3d-2a7b5e9c0d14

            - **Status:** COMPLETED
            - **Created:** 2026-11-28 09:30 UTC by paul
            - **Finished:** 2026-11-28 09:31 UTC
            - **Horizon:** 2027-01-01
            - **Weights:** cost 1, carbon 1, sovereignty 2, latency 1
            - **Score:** 0hard/-3medium/-1412160soft (feasible)
            - **Committed:** no

            ## Assignments

            | Workload | Site | Region | Model | GPUs | IT MW | MWh/yr | USD/yr | tCO2e/yr | Latency ms |
            |---|---|---|---|--:|--:|--:|--:|--:|--:|
            | Citizen services SLM | Nairobi Sovereign Cloud 1 | KE | NVIDIA_L40S | 8 | 0.005 | 33.1 | 21,000 | 2.30 | 12.4 |
            | Swahili LLM fine-tune | Mombasa Colocation | KE | NVIDIA_H100_SXM | 64 | 0.068 | 740.2 | 1,150,300 | 310.88 | – |

            ## Unplaced workloads

            - **National LLM pre-training** (priority 3): needs 1234 NVIDIA_H100_SXM GPUs (1.3 MW IT, 1.9 MW grid) \
            in SEAL-2+ sites in \\[KE\\]; the best candidate, Nairobi Sovereign Cloud 1, has 224 free NVIDIA_H100_SXM \
            GPUs and 8.8 MW IT headroom

            ## Shortfalls

            | Region | Grid zone | Model | GPUs | IT MW | Grid MW | Workloads |
            |---|---|---|--:|--:|--:|--:|
            | KE | KE | NVIDIA_H100_SXM | 1,010 | 0.000 | 0.000 | 1 |

            ## Investment options

            | Option | Region | Grid zone | Site | Capex USD | Lead time | What |
            |---|---|---|---|--:|--:|---|
            | Add accelerators | KE | KE | Nairobi Sovereign Cloud 1 | 30,300,000 | 120 days | add 1010 NVIDIA_H100_SXM \
            at Nairobi Sovereign Cloud 1, where power exists |

            ## Totals

            | Total | Value |
            |---|--:|
            | Workloads | 3 (2 placed, 1 unplaced) |
            | GPUs | 72 |
            | IT MW | 0.073 |
            | Grid MW | 0.095 |
            | MWh/yr | 773.3 |
            | USD/yr | 1,171,300 |
            | tCO2e/yr | 313.18 |
            | Investment capex USD | 30,300,000 |
            | Longest lead time | 120 days |

            USD/yr is energy at the grid zone's price plus accelerators amortised over their service life; \
            tCO2e/yr is that energy at the zone's lifecycle carbon intensity.
            """;

    private PlanReportMedia() {
    }
}
