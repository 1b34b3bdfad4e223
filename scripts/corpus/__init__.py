"""The project's own bilingual corpus of posts, written in the project's own words.

Every module here is written by the project (never paraphrased from any data set) and generates
posts deterministically: hand-written sentence families in English and French, with the same
meaning in both languages (same `pair_id`), filled from hand-written slot lists and varied by
register (casual, sarcastic, hashtags, emoji, typos, Québécois and Acadian French).

Two uses, kept honest by the split: `scripts/train_text_models.py` learns from the `train` split,
and `benchmarks/evaluate.py` measures on the `heldout` split, whose sentence families the models
never saw. The transparent rules were written without reading this folder.
"""
