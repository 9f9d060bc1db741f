# The Mandelbrot set as a grey-scale image: a prange loop over the image's
# rows computes each pixel's escape time (rows through the set cost up to
# max_iter iterations a pixel, rows at the edge a few, so the threads take
# over each other's unfinished rows), then the image is printed as a plain
# (ASCII, "P2") PGM file:
#
#   parc run examples/mandelbrot.py > mandelbrot.pgm
#
# writes a 96x64 image that image viewers open (CPython + Numba write the
# same file). Points of the set are black; the others are the brighter the
# more iterations they take to escape (on a log scale).
import math

import numpy as np
from numba import njit, prange


@njit(parallel=True)
def mandelbrot(width, height, max_iter):
    image = np.zeros((height, width), dtype=np.uint8)
    # [-2.25, 0.75] x [-1, 1]: square pixels, sampled at their centres.
    for y in prange(height):
        ci = 1.0 - (y + 0.5) * 2.0 / height
        for x in range(width):
            cr = -2.25 + (x + 0.5) * 3.0 / width
            zr = 0.0
            zi = 0.0
            k = 0
            while k < max_iter and zr * zr + zi * zi <= 4.0:
                zr, zi = zr * zr - zi * zi + cr, 2.0 * zr * zi + ci
                k += 1
            if k < max_iter:
                image[y, x] = int(255.0 * math.log(k + 1) / math.log(max_iter))
    return image


width, height = 96, 64
image = mandelbrot(width, height, 200)
print("P2")
print("# the Mandelbrot set, escape times of [-2.25, 0.75] x [-1, 1]")
print(width, height)
print(255)
for y in range(height):
    for x in range(width - 1):
        print(image[y, x], end=" ")
    print(image[y, width - 1])
