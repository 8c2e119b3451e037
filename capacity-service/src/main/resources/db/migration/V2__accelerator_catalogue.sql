-- Public specifications of common accelerators. Dense (non-sparse) throughput figures.
-- Prices are indicative street prices (estimated): vendors do not publish list prices.
INSERT INTO accelerator_model (code, vendor, name, form_factor, memory_gb, memory_bandwidth_tbps, tdp_watts,
        bf16_dense_tflops, fp8_dense_tflops, int8_dense_tops, unit_price_usd, price_estimated, source) VALUES
('NVIDIA_H100_SXM', 'NVIDIA', 'H100 SXM5 80GB', 'SXM', 80, 3.35, 700, 989, 1979, 1979, 30000, true,
 'NVIDIA H100 Tensor Core GPU datasheet (nvidia.com/en-us/data-center/h100)'),
('NVIDIA_H100_PCIE', 'NVIDIA', 'H100 PCIe 80GB', 'PCIe', 80, 2.0, 350, 756, 1513, 1513, 25000, true,
 'NVIDIA H100 Tensor Core GPU datasheet (nvidia.com/en-us/data-center/h100)'),
('NVIDIA_H200_SXM', 'NVIDIA', 'H200 SXM 141GB', 'SXM', 141, 4.8, 700, 989, 1979, 1979, 35000, true,
 'NVIDIA H200 Tensor Core GPU datasheet (nvidia.com/en-us/data-center/h200)'),
('NVIDIA_B200', 'NVIDIA', 'B200 180GB (HGX B200)', 'SXM', 180, 8.0, 1000, 2250, 4500, 4500, 40000, true,
 'NVIDIA HGX B200 specifications (nvidia.com/en-us/data-center/hgx), per GPU'),
('NVIDIA_A100_SXM', 'NVIDIA', 'A100 SXM4 80GB', 'SXM', 80, 2.039, 400, 312, NULL, 624, 15000, true,
 'NVIDIA A100 Tensor Core GPU datasheet (nvidia.com/en-us/data-center/a100)'),
('NVIDIA_L40S', 'NVIDIA', 'L40S 48GB', 'PCIe', 48, 0.864, 350, 362, 733, 733, 8000, true,
 'NVIDIA L40S datasheet (nvidia.com/en-us/data-center/l40s)'),
('NVIDIA_L4', 'NVIDIA', 'L4 24GB', 'PCIe', 24, 0.3, 72, 121, 242, 242, 2500, true,
 'NVIDIA L4 Tensor Core GPU datasheet (nvidia.com/en-us/data-center/l4)'),
('AMD_MI300X', 'AMD', 'Instinct MI300X 192GB', 'OAM', 192, 5.3, 750, 1307, 2615, 2615, 15000, true,
 'AMD Instinct MI300X data sheet (amd.com/en/products/accelerators/instinct/mi300/mi300x.html)'),
('NVIDIA_JETSON_AGX_ORIN_64GB', 'NVIDIA', 'Jetson AGX Orin 64GB (edge module)', 'EDGE_MODULE', 64, 0.2048, 60,
 42.5, NULL, 138, 1600, true,
 'NVIDIA Jetson AGX Orin series data sheet: 275 INT8 TOPS sparse (138 dense), 15-60 W; BF16 estimated as half the dense INT8 tensor rate of the GPU');
