a[1:-1, ::2] = b[i, j] ** -c.d(e=1) if not f < g <= h else ~k >> 2
