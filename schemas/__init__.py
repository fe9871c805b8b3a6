"""Typed records that flow between jixiao's stages, and the dataset tables.

Every stage takes and returns these frozen dataclasses, never loose dicts.
`document` is what readers produce, `text` what normalization and segmentation
produce, `facts` what extractors, the resolver and the rules produce, and
`tables` the public dataset contract (../shared/CONTRACT.md).
"""
