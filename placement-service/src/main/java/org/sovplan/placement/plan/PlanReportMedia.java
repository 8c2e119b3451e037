package org.sovplan.placement.plan;

import java.util.List;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Variant;

/** Media types of the plan report, and the example shown in the OpenAPI contract (the demo plan, long tables cut short). */
final class PlanReportMedia {

    /** Markdown, RFC 7763. */
    static final String MARKDOWN = "text/markdown";
    static final MediaType MARKDOWN_UTF8 = new MediaType("text", "markdown", "UTF-8");
    static final MediaType PLAIN_UTF8 = new MediaType("text", "plain", "UTF-8");
    /** In order of preference: a client that accepts both gets Markdown. */
    static final List<Variant> VARIANTS = Variant.mediaTypes(MediaType.valueOf(MARKDOWN), MediaType.TEXT_PLAIN_TYPE)
            .build();

    static final String KENYA = """
            # Placement plan cf3dd245-725d-419b-9c39-f86de1232868

            7 of 8 workloads placed; Research foundation model 13B needs 38 AMD_MI300X at Konza National Data Centre ($570,000, ready 2027-04-01, 182 days after its start date). 2 start dates cannot be met: Kenya national LLM fine-tune (92 days late), Research foundation model 13B (182 days late).

            - **Status:** COMPLETED
            - **Created:** 2026-12-02 03:14 UTC by paul
            - **Finished:** 2026-12-02 03:14 UTC
            - **Horizon:** 2027-12-31
            - **Weights:** cost 1, carbon 1, sovereignty 2, latency 1
            - **Committed:** no

            ## Assignments

            | Workload | Site | Region | Jurisdiction | Sovereignty | Model | GPUs | IT power | Grid power | Latency ms |
            |---|---|---|---|---|---|--:|--:|--:|--:|
            | Kisumu clinic triage edge | Kisumu County Health Edge (illustrative) | Kisumu (KE-17) | KE | SEAL-4 | NVIDIA_JETSON_AGX_ORIN_64GB | 1 | 0.09 kW | 0.162 kW | 5 |
            | Kenya national LLM fine-tune | Konza National Data Centre | Machakos (KE-22) | KE | SEAL-3 | NVIDIA_A100_SXM | 7 | 4.2 kW | 6.72 kW | – |
            | Citizen services SLM | Kisumu County Health Edge (illustrative) | Kisumu (KE-17) | KE | SEAL-4 | NVIDIA_JETSON_AGX_ORIN_64GB | 4 | 0.36 kW | 0.648 kW | 10.2 |
            | Mombasa port logistics edge | Kisumu County Health Edge (illustrative) | Kisumu (KE-17) | KE | SEAL-4 | NVIDIA_JETSON_AGX_ORIN_64GB | 1 | 0.09 kW | 0.162 kW | 15.5 |

            Training and fine-tuning, **per run** (the run draws its full power for its days):

            | Workload | Run | Days | MWh per run | USD per run | tCO2e per run |
            |---|---|--:|--:|--:|--:|
            | Kenya national LLM fine-tune | 2026-12-02 to 2026-12-16 | 14 | 2.258 † | 1,346 † | 0.158 † |

            Inference, **per year** (at the assumed load factor):

            | Workload | MWh/yr | USD/yr | tCO2e/yr |
            |---|--:|--:|--:|
            | Kisumu clinic triage edge | 0.851 † | 528 † | 0.06 † |
            | Citizen services SLM | 3.406 † | 2,111 † | 0.238 † |

            † rests on estimated or illustrative inputs: NVIDIA_A100_SXM unit price, NVIDIA_JETSON_AGX_ORIN_64GB unit price, NVIDIA_L4 unit price, grid zone ET figures, grid zone KE figures.

            ## Unplaced workloads

            - **Research foundation model 13B** (priority 4): needs 156 NVIDIA_A100_SXM GPUs (93.6 kW IT, 149.76 kW grid) in SEAL-3+ sites in \\[KE\\] from 2026-10-01; the best candidate, Konza National Data Centre, has 64 free NVIDIA_A100_SXM GPUs and 2 MW IT headroom; zone KE has 260 MW grid headroom

            ## Start dates that cannot be met

            | Workload | Start date | Earliest | Days late | Why |
            |---|---|---|--:|---|
            | Kenya national LLM fine-tune | 2026-09-01 | 2026-12-02 | 92 | its start date has passed |
            | Research foundation model 13B | 2026-10-01 | 2027-04-01 | 182 | its start date has passed; the recommended option is ready 2027-04-01 |

            ## Investment options

            Per unplaced workload, best first: options ready by the start date first, cheapest capex first; then the rest, earliest ready first.

            ### Research foundation model 13B

            | # | Option | Where | Capex USD | Energy USD | tCO2e | Lead time | Ready | Start | What |
            |--:|---|---|--:|--:|--:|--:|---|---|---|
            | 1 | Add accelerators | Konza National Data Centre, Machakos (KE-22) | 570,000 | 3,447 per run | 1.609 per run | 120 days | 2027-04-01 | 182 days late | add 38 AMD_MI300X at Konza National Data Centre, where the 42.75 kW of IT power and its grid headroom exist |
            | 2 | New site | new site, zone KE, Kenya (KE) | 997,500 | 2,801 per run | 1.307 per run | 540 days | 2028-05-25 | 602 days late | build a 42.75 kW data centre in grid zone KE (Kenya) with 38 AMD_MI300X, within the zone's grid headroom |

            ## Shortfalls

            What the recommended options add (IT capacity and grid headroom only where they must be built):

            | Region | Grid zone | Model | GPUs | IT capacity to build | Grid headroom to add | Workloads |
            |---|---|---|--:|--:|--:|--:|
            | KE-22 | KE | AMD_MI300X | 38 | none | none | 1 |

            ## Totals

            | Total | Value |
            |---|--:|
            | Workloads | 8 (7 placed, 1 unplaced) |
            | GPUs | 24 |
            | IT power | 5.892 kW |
            | Grid power | 9.571 kW |
            | Training and fine-tuning runs placed | 1 |
            | MWh, all runs once | 2.258 |
            | USD, all runs once | 1,346 |
            | tCO2e, all runs once | 0.158 |
            | Inference services placed | 6 |
            | MWh per year of the services | 14.983 |
            | USD per year of the services | 10,093 |
            | tCO2e per year of the services | 0.682 |
            | Capex of the recommended options, USD | 570,000 |
            | Longest lead time | 120 days |
            | Start dates that cannot be met | 2 |

            USD is energy at the grid zone's price plus accelerators amortised over their service life; tCO2e is that energy at the zone's lifecycle carbon intensity. Runs are counted once; services per year.

            ## Assumptions

            | Assumption | Value | Unit | Source |
            |---|--:|---|---|
            | Carbon price | 85 | USD per tCO2e | EU ETS allowance price, order of magnitude in 2024 (ICAP Allowance Price Explorer) |
            | Accelerator amortisation | 4 | years | typical straight-line depreciation of data-centre servers (4-6 years in hyperscalers' 10-K filings) |
            | Accelerator unit prices | per item | USD per accelerator | capacity-service catalogue: indicative street prices, marked estimated (vendors publish no list prices) |
            """;

    private PlanReportMedia() {
    }
}
