#!/usr/bin/env python3
"""Builds cases.json: expressions over Terraform's built-in functions with the results the
real Terraform gives them, for tests/functions.rs.

Rerun from the repository root with Terraform 1.11 on PATH:

    python3 testdata/functions/generate.py

Each expression is evaluated on its own by `terraform console` in an empty temporary module,
wrapped as `jsonencode(EXPR)` so the console prints one JSON document as a quoted string.
An expression Terraform rejects is recorded as {"error": true}, one it leaves unknown as
{"unknown": true}. Expressions our value model cannot reproduce on purpose are listed in
SKIPS with the reason, which is copied into the case as "skip". Nothing in cases.json is
written by hand: edit CASES or SKIPS and rerun (about a minute; two consoles at a time).
"""

import concurrent.futures
import json
import os
import pathlib
import subprocess
import sys
import tempfile

HERE = pathlib.Path(__file__).resolve().parent

CASES = {
    "numeric": [
        r'abs(-3)', r'abs(0)', r'abs(2.5)', r'abs(-0.5)',
        r'ceil(4.1)', r'ceil(-4.1)', r'ceil(5)', r'floor(4.9)', r'floor(-4.1)', r'floor(5)',
        r'log(50, 10)', r'log(16, 2)', r'log(1, 10)', r'log(0, 10)', r'log(8, 0.5)',
        r'max(12, 54, 3)', r'max([12, 54, 3]...)', r'max(-1, -5)', r'max(7)', r'max("3", 5)',
        r'max()', r'min(12, 54, 3)', r'min(-1.5, 2)', r'min("10", "9")', r'min("x", 1)',
        r'parseint("100", 10)', r'parseint("FF", 16)', r'parseint("-10", 16)',
        r'parseint("1011111011101111", 2)', r'parseint("aA", 36)', r'parseint("zz", 36)',
        r'parseint("12", 2)', r'parseint("10", 37)', r'parseint("10", 1)', r'parseint("0x10", 16)',
        r'parseint("+5", 10)', r'parseint("", 10)', r'parseint("-0", 10)', r'parseint(" 5", 10)',
        r'parseint("777", 8)', r'parseint("9007199254740993", 10)',
        r'pow(3, 2)', r'pow(4, 0)', r'pow(2, -1)', r'pow(2, 0.5)', r'pow(0, 0)', r'pow(-2, 3)',
        r'pow(10, 15)',
        r'signum(-13)', r'signum(0)', r'signum(344)', r'signum(-0.5)',
        r'abs("-4")', r'ceil("x")', r'floor(null)',
    ],
    "string": [
        r'chomp("hello\n")', r'chomp("hello\r\n")', r'chomp("hello\n\n")', r'chomp("hello")',
        r'chomp("")', r'chomp("a\nb\r\n\r\n")', r'chomp("\r")',
        r'endswith("hello world", "world")', r'endswith("hello", "")', r'endswith("hello", "x")',
        r'startswith("hello world", "hello")', r'startswith("", "a")', r'startswith("héllo", "hé")',
        r'format("Hello, %s!", "Ander")', r'format("There are %d lights", 4)',
        r'format("%.2f", 3.14159)', r'format("%5d|", 42)', r'format("%-5s|", "ab")',
        r'format("%05d", 42)', r'format("%q", "hi\"x")', r'format("%v", true)',
        r'format("%v", [1, 2])', r'format("%v", {a = 1})', r'format("%#v", "x")',
        r'format("%t", true)', r'format("%x", 255)', r'format("%X", 255)', r'format("%o", 8)',
        r'format("%b", 5)', r'format("%e", 1234.5)', r'format("%g", 0.000012)',
        r'format("%s", 1.5)', r'format("%d", 1.5)', r'format("%[2]s %[1]s", "a", "b")',
        r'format("100%%")', r'format("%s")', r'format("%s", "a", "b")', r'format("%+d", 5)',
        r'format("%10.3f|", 3.14159)', r'format("%-10v|", "x")', r'format("%v", null)',
        r'format("%s", "héllo")', r'format("%5s|", "é")', r'format("%x", "hi")',
        r'format("%d", "12")', r'format("%s", true)', r'format("%f", 1)', r'format("%.0f", 2.5)',
        r'format("%v", 1e20)', r'format("%#v", {a = [1, "x"]})', r'format("%y", 1)',
        r'format("%.3s", "abcdef")', r'format("%-8.3f|", 1.5)', r'format("%q", 5)',
        r'format("%v %v", 1.25, "x")', r'format("%s", [1])',
        r'format("%v", 1234567)', r'format("%v", 100000)', r'format("%v", 0.0001)', r'format("%v", 0.00001)',
        r'format("%[1]s", "a", "b")', r'format("%.3g", 3.14159)', r'format("%g", 100000)', r'format("%g", 1e6)',
        r'format("%e", 0)', r'format("%x", -255)', r'format("%#x", 255)', r'format("%08.3f", -3.14159)',
        r'format("% d", 5)', r'format("%5t|", true)', r'format("%-05d|", 3)', r'format("%05s", "ab")',
        r'format("%.1q", "abc")', r'format("%v", -0.5)', r'format("%G", 1e-10)', r'format("%E", 12345.678)',
        r'format("%.2e", 9.999)', r'format("%.0e", 15)', r'format("%.2g", 123456)', r'format("%d%%", 50)',
        r'formatlist("Hello, %s!", ["Valentina", "Ander"])',
        r'formatlist("%s=%s", ["a", "b"], ["1", "2"])', r'formatlist("%s-%s", "x", ["1", "2"])',
        r'formatlist("%s", [])', r'formatlist("%s %s", ["a"], ["b", "c"])',
        r'formatlist("%d", [1, 2, 3])', r'formatlist("x")',
        r'indent(2, "a\nb\nc")', r'indent(4, "single")', r'indent(2, "a\n\nb")',
        r'indent(0, "x\ny")', r'indent(2, "a\n")', r'indent(2, "")',
        r'join(", ", ["a", "b", "c"])', r'join("-", [])', r'join(",", ["a"], ["b", "c"])',
        r'join(",", [1, true])', r'join(",", ["a", null])', r'join(",")', r'join("", ["x", "y"])',
        r'lower("HÉLLO World")', r'upper("héllo ß")', r'lower("İSTANBUL")', r'upper("ǆ")',
        r'lower("ΣΑΣ")', r'title("ǆemal")', r'regex("[[:alpha:]]+", "ab1")', r'regex("\\d+", "x١٢3")',
        r'split(",", null)', r'join(",", [[1]])', r'indent(-1, "a\nb")', r'substr("hello", -2, 0)', r'urlencode("a+b=c")',
        r'regex("[a-z]+", "53453453.345345aaabbbccc23454")',
        r'regex("(\\d\\d\\d\\d)-(\\d\\d)-(\\d\\d)", "2019-02-01")',
        r'regex("^(?:(?P<scheme>[^:/?#]+):)?(?://(?P<authority>[^/?#]*))?", "https://terraform.io/docs/")',
        r'regex("[a-z]+", "123")', r'regex("(", "x")', r'regex("(a)|(b)", "b")',
        r'regex("(?P<a>x)|(?P<b>y)", "y")', r'regex("(?i)HELLO", "say hello")',
        r'regexall("[a-z]+", "1234abcd5678efgh9")', r'length(regexall("[a-z]+", "123"))',
        r'regexall("(\\d)(\\w)", "1a2b")', r'regexall("(?P<d>\\d)", "1a2")', r'regexall("", "ab")',
        r'regex("é+", "aééb")', r'regex("\\bfoo\\b", "a foo b")',
        r'replace("1 + 2 + 3", "+", "-")', r'replace("hello world", "/w.*d/", "everybody")',
        r'replace("hello", "/(l+)/", "[$1]")', r'replace("abc", "", "-")',
        r'replace("aaa", "/a*/", "x")', r'replace("héllo", "é", "e")', r'replace("x", "/(/", "y")',
        r'replace("a-b", "/(?P<first>\\w)-(\\w)/", "$2=$${first}")', r'replace("ab", "/b/", "$$")',
        r'replace("a.b.c", ".", "")', r'replace("x", "/", "y")', r'replace("abc", "//", "-")',
        r'split(",", "foo,bar,baz")', r'split(",", "foo")', r'split(",", "")',
        r'split("", "abc")', r'split("::", "a::b::")', r'split(",", ",a,")',
        r'strcontains("hello world", "wor")', r'strcontains("a", "")', r'strcontains("abc", "d")',
        r'strrev("hello")', r'strrev("héllo")', r'strrev("")', r'strrev("👍🏽x")', r'strrev("a\u0301b")',
        r'substr("hello world", 1, 4)', r'substr("hello", -3, -1)', r'substr("hello", 0, 100)',
        r'substr("héllo", 1, 3)', r'substr("hello", 10, 1)', r'substr("", 0, 0)',
        r'substr("hello", -10, 2)', r'substr("hello", 2, -1)', r'substr("hello", 5, 1)',
        r'substr("hello", 1, -5)', r'substr("👍🏽ab", 0, 1)', r'substr("hello", 1.5, 2)',
        r'title("hello world")', r'title("hELLO wORLD")', r'title("hello-world foo_bar")',
        r'title("élan vital")', r'title("o\u0027neil x.y")', r'title("")', r'title("a1b c")',
        r'trim("?!hello?!", "!?")', r'trim("  x  ", " ")', r'trim("abc", "")',
        r'trim("ééxéé", "é")', r'trim("aaa", "a")',
        r'trimprefix("helloworld", "hello")', r'trimprefix("helloworld", "cat")',
        r'trimprefix("aaa", "a")', r'trimsuffix("helloworld", "world")', r'trimsuffix("x", "")',
        r'trimspace("  hello\n\t ")', r'trimspace("\u00a0x\u00a0")', r'trimspace("")',
        r'trimspace("a b")', r'upper(5)', r'lower(null)', r'upper(true)',
    ],
    "collection": [
        r'alltrue(["true", true])', r'alltrue([])', r'alltrue([true, false])', r'anytrue([])',
        r'anytrue(["false", true])', r'anytrue([false, false])', r'alltrue([null])',
        r'alltrue(["yes"])', r'anytrue([true, null])', r'alltrue(toset([true]))',
        r'chunklist(["a", "b", "c", "d", "e"], 2)', r'chunklist([], 3)', r'chunklist(["a"], 0)',
        r'chunklist(["a"], -1)', r'chunklist(["a", "b"], 5)', r'chunklist([1, 2, 3], 1)',
        r'coalesce("", "b")', r'coalesce(1, 2)', r'coalesce(null, "x")', r'coalesce(null, 1, "x")',
        r'coalesce()', r'coalesce(null, "")', r'coalesce(["a"], [])', r'coalesce(false, true)',
        r'coalesce(1, true)',
        r'coalesce(null, null)', r'anytrue([null])',
        r'coalescelist(["a", "b"], ["c", "d"])', r'coalescelist([], ["c"])',
        r'coalescelist([], [])', r'coalescelist()', r'coalescelist("a", ["b"])',
        r'compact(["a", "", "b", null, "c"])', r'compact([])', r'compact(["", null])',
        r'compact([1, "", 2])',
        r'concat(["a", ""], ["b", "c"])', r'concat([])', r'concat()', r'concat([1], ["a"])',
        r'concat(["a"], "b")', r'concat(toset(["b", "a"]), ["c"])',
        r'contains(["a", "b"], "a")', r'contains([1, 2], "1")', r'contains(["1"], 1)',
        r'contains([], 1)', r'contains([[1]], [1])', r'contains({a = 1}, 1)',
        r'contains(["a"], null)', r'contains([1, "a"], "a")',
        r'distinct(["a", "b", "a", "c", "d", "b"])', r'distinct([1, "1"])',
        r'distinct([[1], [1], [2]])', r'distinct([])', r'distinct([3, 1, 3, 2])',
        r'element(["a", "b", "c"], 1)', r'element(["a", "b", "c"], 3)',
        r'element(["a", "b", "c"], -1)', r'element(["a", "b", "c"], -4)', r'element([], 0)',
        r'element(["a", "b", "c"], 1.5)', r'element(["a", "b", "c"], "2")',
        r'flatten([["a", "b"], [], ["c"]])', r'flatten([[["a", "b"], []], ["c"]])',
        r'flatten([])', r'flatten(["a", ["b"]])', r'flatten([[1, [2, [3, [4]]]]])',
        r'flatten([{a = 1}, [{b = 2}]])', r'flatten("a")',
        r'index(["a", "b", "c"], "b")', r'index(["a"], "z")', r'index([1, 2, 3], 2)',
        r'index(["a", "b", "a"], "a")', r'index([], 1)', r'index(["1"], 1)',
        r'keys({a = 1, c = 2, d = 3})', r'keys({})', r'keys({b = 1, a = 2})', r'keys([1])',
        r'length([])', r'length(["a", "b"])', r'length({"a" = "b"})', r'length("hello")',
        r'length("héllo")', r'length("👍🏽")', r'length(null)', r'length(5)', r'length("")',
        r'length(toset(["a", "a"]))',
        r'lookup({a = "ay", b = "bee"}, "a", "what?")', r'lookup({a = "ay"}, "c", "what?")',
        r'lookup({a = "ay"}, "c")', r'lookup({a = 1, b = 2}, "b")', r'lookup({}, "a", null)', r'lookup({a = "x"}, "b", null)',
        r'lookup({a = {x = 1}}, "a", {})',
        r'matchkeys(["i-123", "i-abc", "i-def"], ["us-west", "us-east", "us-east"], ["us-east"])',
        r'matchkeys([], [], [])', r'matchkeys(["a"], ["x", "y"], ["x"])',
        r'matchkeys(["a", "b", "c"], [1, 2, 3], [3, 1])', r'matchkeys(["a", "b"], ["x", "y"], [])',
        r'merge({a = "b", c = "d"}, {e = "f", c = "z"})',
        r'merge({a = "b"}, {a = [1, 2], c = "z"}, {d = 3})', r'merge()', r'merge(null, {a = 1})',
        r'merge({}, {})', r'merge({a = 1}, "x")', r'merge({a = {x = 1}}, {a = {y = 2}})',
        r'one([])', r'one(["hello"])', r'one(["hello", "goodbye"])', r'one(toset([]))',
        r'one([null])', r'one("x")',
        r'range(3)', r'range(1, 4)', r'range(1, 8, 2)', r'range(1, 4, 0.5)', r'range(4, 1)',
        r'range(10, 5, -2)', r'range(0)', r'range(-3)', r'range(1, 1)', r'range(1, 4, -1)',
        r'range(0, 1, 0)', r'range(0, 1, 0.25)', r'range(1.5)', r'range(1, 2, 3, 4)',
        r'reverse([1, 2, 3])', r'reverse([])', r'reverse(["a"])', r'reverse("ab")',
        r'setintersection(["a", "b"], ["b", "c"], ["b", "d"])', r'setintersection([], ["a"])',
        r'setintersection(["b", "a", "c"], ["c", "a"])', r'setintersection(["a"])',
        r'setproduct(["development", "staging"], ["app1", "app2"])', r'setproduct(["a"], [])',
        r'setproduct([1, 2], [3])', r'setproduct(["a"])', r'setproduct()',
        r'setproduct(["x", "y"], [1], ["p", "q"])',
        r'setsubtract(["a", "b", "c"], ["a", "c"])', r'setsubtract([1, 2, 3], [])',
        r'setsubtract([], ["a"])', r'setsubtract(["b", "a"], ["c"])',
        r'setunion(["a", "b"], ["b", "c"], ["d"])', r'setunion(["b"], ["a"])',
        r'setunion([10, 9], [1])', r'setunion([])', r'setunion(["a"], [1])',
        r'slice(["a", "b", "c", "d"], 1, 3)', r'slice(["a"], 0, 0)', r'slice(["a", "b"], 2, 1)',
        r'slice(["a"], 0, 5)', r'slice(["a", "b"], -1, 1)', r'slice(["a", "b"], 2, 2)',
        r'slice([1, 2, 3], 0.5, 2)',
        r'sort(["e", "d", "a", "x"])', r'sort([])', r'sort(["10", "9", "1"])', r'sort([3, 1, 2])',
        r'sort(["b", null])', r'sort(["b", "B", "a", "é"])',
        r'sum([10, 13, 6, 4.5])', r'sum([])', r'sum(["1", 2])', r'sum([0.1, 0.2])',
        r'sum([-1, 1])', r'sum([1, null])', r'sum(["x"])', r'sum(toset([1, 2]))',
        r'transpose({"a" = ["1", "2"], "b" = ["2", "3"]})', r'transpose({})',
        r'transpose({"a" = [], "b" = ["x"]})', r'transpose({"a" = ["x", "x"]})',
        r'transpose({"a" = "x"})',
        r'values({a = 3, c = 2, d = 1})', r'values({})', r'values({b = "x", a = "y"})',
        r'zipmap(["a", "b"], [1, 2])', r'zipmap([], [])', r'zipmap(["a", "a"], [1, 2])',
        r'zipmap(["a"], [1, 2])', r'zipmap([1, 2], ["x", "y"])', r'zipmap(["a", "b"], [1, "x"])',
    ],
    "encoding": [
        r'base64encode("Hello World")', r'base64encode("")', r'base64encode("héllo")',
        r'base64decode("SGVsbG8gV29ybGQ=")', r'base64decode("invalid!")', r'base64decode("/w==")',
        r'base64decode("SGVsbG8")', r'base64decode("")', r'base64decode("aMOpbGxv")',
        r'base64decode("SGVs bG8=")',
        r'base64gzip("test")', r'base64gzip("")', r'base64gzip("héllo wörld")',
        r'base64gzip("hello hello hello hello")',
        r'csvdecode("a,b,c\n1,2,3\n4,5,6")', r'csvdecode("a,b\n\"x,y\",\"q\"\"z\"\n")',
        r'csvdecode("a,b\n1\n")', r'csvdecode("a\n")', r'csvdecode("")', r'csvdecode("a,b\r\n1,2\r\n")',
        r'csvdecode("a, b\n1,2")', r'csvdecode("a,b\n\"multi\nline\",2")', r'csvdecode("a\n\"x")',
        r'csvdecode("a\nb\"c")', r'csvdecode("a,a\n1,2")', r'csvdecode("a\n\n1\n")',
        r'jsondecode("{\"hello\": \"world\"}")', r'jsondecode("true")', r'jsondecode("[1, \"a\", null]")',
        r'jsondecode("1e3")', r'jsondecode("{")', r'jsondecode("\"\\u00e9\"")', r'jsondecode("")',
        r'jsondecode("{\"b\": 1, \"a\": {\"c\": []}}")', r'jsondecode("null")', r'jsondecode("1 2")',
        r'jsondecode("-0.5")',
        r'jsonencode({"hello" = "world"})', r'jsonencode("<a&b>")', r'jsonencode(1.5)',
        r'jsonencode([1, "a", null, true])', r'jsonencode({b = 1, a = 2})', r'jsonencode(10000000)',
        r'jsonencode("\u2028")', r'jsonencode(null)', r'jsonencode("line\nbreak\t\"q\"\\")',
        r'jsonencode({})', r'jsonencode([])', r'jsonencode(-0.25)', r'jsonencode("é")',
        r'jsonencode(toset(["b", "a"]))', r'jsonencode(1e-7)', r'jsonencode("\u0001")',
        r'jsonencode("\u0008\u000c")', r'jsonencode(1e21)', r'jsonencode(123456789.125)', r'jsonencode(0.1)',
        r'textencodebase64("Hello World", "UTF-16LE")', r'textencodebase64("Hello", "UTF-8")',
        r'textencodebase64("héllo", "ISO-8859-1")', r'textencodebase64("hé", "UTF-16BE")',
        r'textencodebase64("x", "NOPE")', r'textencodebase64("€", "ISO-8859-1")',
        r'textdecodebase64("SABlAGwAbABvACAAVwBvAHIAbABkAA==", "UTF-16LE")',
        r'textdecodebase64("aOlsbG8=", "ISO-8859-1")', r'textdecodebase64("aGk=", "UTF-8")',
        r'textdecodebase64("!!", "UTF-8")', r'textdecodebase64("AGgA6Q==", "UTF-16BE")',
        r'textencodebase64("hi", "utf-8")', r'textencodebase64("x", "latin1")', r'base64decode("SGVsbG8=\n")',
        r'csvdecode("a,b\n1,2\r")', r'zipmap(["a", null], [1, 2])', r'slice(["a", "b"], "0", "1")',
        r'element(["a", "b"], 1e15)', r'range("3")',
        r'urlencode("Hello World!")', r'urlencode("a/b?c=d&e")', r'urlencode("héllo")',
        r'urlencode("~-._")', r'urlencode("")', r'urlencode("100% +1")',
        r'yamldecode("hello: world")', r'yamldecode("- 1\n- a\n- true")', r'yamldecode("")',
        r'yamldecode("a: [1, 2]\nb: {c: null}")', r'yamldecode("x: 1.5\ny: \"2\"\nz: ~")',
        r'yamldecode("a: yes")', r'yamldecode("a: 0x10")', r'yamldecode(": :")',
        r'yamldecode("a: |\n  line1\n  line2\n")', r'yamldecode("a: &x 1\nb: *x")',
        r'yamldecode("1")', r'yamldecode("\"x\"")',
        r'yamlencode({a = "b", c = [1, 2]})', r'yamlencode("hello")', r'yamlencode([])',
        r'yamlencode({})', r'yamlencode(null)', r'yamlencode([{a = 1}, "x", true])',
        r'yamlencode({"key with space" = "true", n = "1"})', r'yamlencode("multi\nline")',
        r'yamlencode(1.5)', r'yamlencode({a = {b = {c = []}}})',
        r'yamlencode("a very long string with spaces that goes past eighty characters for sure, does it fold or not? let us see")',
        r'yamlencode({a = " lead\nx"})', r'yamlencode({a = "x \ny"})', r'yamlencode({a = "x\n\n"})',
        r'yamlencode({a = "x\n"})', r'yamlencode([[1, 2], {b = [3]}])', r'yamlencode("tab\there é \u0007")',
        r'yamlencode(0.1)', r'yamlencode({a = null, b = true})', r'yamlencode({a = ["x\ny"]})',
        r'yamlencode({"k\"q" = "v\\w"})', r'yamlencode({a = {b = "a long string value that is nested two levels down and should fold past column eighty"}})',
        r'yamldecode("a: 010")', r'yamldecode("a: 0o17")', r'yamldecode("a: 1_000")', r'yamldecode("a: .inf")',
        r'yamldecode("a: 2001-12-14")', r'yamldecode("a: !!str 1")', r'yamldecode("a: &x {b: 1}\nc:\n  <<: *x\n  d: 2")',
        r'yamldecode("--- 1\n--- 2")', r'yamldecode("? [1]\n: x")', r'yamldecode("1: a\n2.5: b")',
        r'yamldecode("a: 1e3")', r'yamldecode("a: -.5")', r'yamldecode("a: +1")', r'yamldecode("a: 0b101")',
        r'yamldecode("a: \u0027single\u0027\nb: >\n  folded\n  text\n")', r'yamldecode("[a, {b: c}]")',
        r'yamldecode("a: !!bool yes")', r'yamldecode("a: !custom x")', r'yamldecode("- a\n - b")',
    ],
    "hash": [
        r'md5("hello world")', r'sha1("hello world")', r'sha256("hello world")',
        r'sha512("hello world")', r'base64sha256("hello world")', r'base64sha512("hello world")',
        r'md5("")', r'sha256("héllo")', r'sha1("")', r'sha512("")', r'base64sha256("")',
        r'md5(1)', r'sha256(true)',
        r'uuidv5("dns", "www.terraform.io")', r'uuidv5("url", "https://www.terraform.io/")',
        r'uuidv5("oid", "1.2.3")', r'uuidv5("x500", "CN=Test")',
        r'uuidv5("6ba7b810-9dad-11d1-80b4-00c04fd430c8", "www.terraform.io")',
        r'uuidv5("bogus", "x")', r'uuidv5("dns", "")',
        r'uuidv5("{6ba7b810-9dad-11d1-80b4-00c04fd430c8}", "x")',
        r'uuidv5("urn:uuid:6ba7b810-9dad-11d1-80b4-00c04fd430c8", "x")', r'uuidv5("6ba7b8109dad11d180b400c04fd430c8", "x")',
    ],
    "ipnet": [
        r'cidrhost("10.12.112.0/20", 16)', r'cidrhost("10.12.112.0/20", 268)',
        r'cidrhost("fd00:fd12:3456:7890:00a2::/72", 34)', r'cidrhost("10.0.0.0/24", -1)',
        r'cidrhost("10.0.0.0/24", 256)', r'cidrhost("10.0.0.0/30", 3)', r'cidrhost("10.0.0.0/8", 0)',
        r'cidrhost("not-a-cidr", 1)', r'cidrhost("010.0.0.0/8", 1)', r'cidrhost("10.0.0.5/24", 2)',
        r'cidrhost("10.0.0.0/24", -256)', r'cidrhost("10.0.0.0/24", -257)',
        r'cidrhost("::/0", -1)', r'cidrhost("10.0.0.0/33", 1)', r'cidrhost("10.0.0.0/32", 0)',
        r'cidrnetmask("172.16.0.0/12")', r'cidrnetmask("10.0.0.0/32")', r'cidrnetmask("10.0.0.0/0")',
        r'cidrnetmask("fd00::/64")', r'cidrnetmask("10.0.0.0")',
        r'cidrsubnet("172.16.0.0/12", 4, 2)', r'cidrsubnet("10.1.2.0/24", 4, 15)',
        r'cidrsubnet("fd00:fd12:3456:7890::/56", 16, 162)', r'cidrsubnet("10.0.0.0/24", 4, 16)',
        r'cidrsubnet("10.0.0.0/24", 9, 0)', r'cidrsubnet("10.1.2.3/24", 0, 0)',
        r'cidrsubnet("10.0.0.0/8", 8, -1)', r'cidrsubnet("2001:db8::/32", 8, 255)',
        r'cidrsubnets("10.1.0.0/16", 4, 4, 8, 4)', r'cidrsubnets("fd00:fd12:3456:7890::/56", 16, 16, 16, 32)',
        r'cidrsubnets("10.0.0.0/24")', r'cidrsubnets("10.0.0.0/30", 1, 1, 1)',
        r'cidrsubnets("10.0.0.0/24", 2, 1)', r'cidrsubnets("10.0.0.0/24", 0)',
        r'cidrsubnets("10.0.0.0/24", 9)', r'cidrsubnets("10.0.0.0/16", 8, 4)',
        r'cidrhost("::ffff:10.0.0.0/104", 1)', r'cidrsubnets("fd00::/16", 33)', r'cidrsubnet("10.0.0.0/8", 8, -300)',
        r'cidrhost("10.0.0.0/008", 1)', r'cidrsubnet("10.0.0.0/8", 4, 1.5)',
    ],
    "datetime": [
        r'formatdate("DD MMM YYYY hh:mm ZZZ", "2018-01-02T23:12:01Z")',
        r'formatdate("EEEE, DD-MMM-YY hh:mm:ss ZZZ", "2018-01-02T23:12:01Z")',
        r'formatdate("EEE, DD MMM YYYY hh:mm:ss ZZZ", "2018-01-02T23:12:01-08:00")',
        r'formatdate("MMM DD, YYYY", "2018-01-02T23:12:01Z")',
        r'formatdate("HH:mm aa", "2018-01-02T23:12:01Z")', r'formatdate("h:mm AA", "2018-01-02T09:05:01Z")',
        r'formatdate("H:m:s a", "2018-01-02T00:00:09Z")',
        r'formatdate("\u0027Date:\u0027 YYYY-MM-DD", "2018-01-02T23:12:01Z")',
        r'formatdate("ZZZZ ZZZZZ Z", "2018-01-02T23:12:01+05:30")', r'formatdate("Z", "2018-01-02T23:12:01Z")',
        r'formatdate("ZZZ", "2018-01-02T23:12:01+05:30")', r'formatdate("M/D/YY", "2018-01-02T23:12:01Z")',
        r'formatdate("YYYY", "2018-01-02")', r'formatdate("MMMM", "2018-09-02T23:12:01Z")',
        r'formatdate("YYYY-MM-DD\u0027T\u0027hh:mm:ssZ", "2018-01-02T23:12:01.123Z")',
        r'formatdate("\u0027\u0027", "2018-01-02T23:12:01Z")', r'formatdate("EEE", "2000-02-29T00:00:00Z")',
        r'formatdate("YYYY-MM-DD", "1969-12-31T23:59:59Z")', r'formatdate("YYYYY", "2018-01-02T23:12:01Z")',
        r'formatdate("x", "2018-01-02T23:12:01Z")', r'formatdate("DD", "2018-02-30T00:00:00Z")',
        r'formatdate("hh", "2018-01-02T24:00:00Z")', r'formatdate("\u0027unterminated", "2018-01-02T23:12:01Z")',
        r'formatdate("YYYY-MM-DD", "2018-01-02t23:12:01z")', r'formatdate("DDD", "2018-01-02T23:12:01Z")',
        r'formatdate("YYYY \u0027at end\u0027", "2018-01-02T23:12:01Z")', r'formatdate("\u0027a\u0027\u0027", "2018-01-02T23:12:01Z")',
        r'formatdate("hh:mm ZZZZZ", "2018-01-02T23:12:01.999999999+23:59")', r'formatdate("hh:mm", "2018-01-02T23:12:01-00:00")',
        r'timeadd("2017-11-22T00:00:00Z", "10m")', r'timeadd("2017-11-22T00:00:00Z", "-1h30m")',
        r'timeadd("2017-11-22T00:00:00+05:00", "24h")', r'timeadd("2017-11-22T00:00:00Z", "1.5h")',
        r'timeadd("2017-11-22T00:00:00Z", "10d")', r'timeadd("2020-02-28T12:00:00Z", "24h")',
        r'timeadd("2017-11-22T00:00:00.5Z", "1s")', r'timeadd("2017-11-22T00:00:00Z", "")',
        r'timeadd("2017-11-22T00:00:00Z", "1h1m1s1ms")', r'timeadd("2017-12-31T23:59:59Z", "1s")',
        r'timeadd("2017-11-22T00:00:00Z", "-8760h")', r'timeadd("2017-11-22", "1h")',
        r'timeadd("2017-11-22T00:00:00Z", "0")', r'timeadd("2017-11-22T00:00:00Z", "300ms")',
        r'timeadd("2017-11-22T00:00:00Z", ".5h")', r'timeadd("2017-11-22T00:00:00Z", "1.h")', r'timeadd("2017-11-22T00:00:00Z", "1µs")',
        r'timeadd("2017-11-22T00:00:00Z", "+1h")', r'timeadd("2017-11-22T00:00:00Z", "1h-1m")', r'timeadd("2017-11-22T00:00:00-00:00", "1h")',
        r'timecmp("2017-11-22T00:00:00Z", "2017-11-22T00:00:00Z")',
        r'timecmp("2017-11-22T01:00:00Z", "2017-11-22T00:00:00Z")',
        r'timecmp("2017-11-22T00:00:00Z", "2017-11-22T01:00:00+01:00")',
        r'timecmp("2017-11-22T00:00:00Z", "2017-11-22T00:00:01Z")', r'timecmp("x", "y")',
    ],
    "conversion": [
        r'tobool(true)', r'tobool("true")', r'tobool("false")', r'tobool(null)', r'tobool("yes")',
        r'tobool(1)',
        r'tonumber(1)', r'tonumber("1")', r'tonumber("1.5e3")', r'tonumber(null)', r'tonumber("no")',
        r'tonumber("0x10")', r'tonumber(true)', r'tonumber("-7.25")',
        r'tonumber("+5")', r'tonumber(" 1")', r'tonumber("inf")', r'tonumber(".5")', r'tonumber("5.")',
        r'tonumber("1_000")', r'tonumber("-0")',
        r'tostring("hello")', r'tostring(1)', r'tostring(true)', r'tostring(null)', r'tostring([])',
        r'tostring(1.5)', r'tostring(0.1)',
        r'tolist(["a", "b", "c"])', r'tolist(["a", 1])', r'tolist([1, true])', r'tolist(toset(["b", "a"]))',
        r'tolist([])', r'tolist("a")', r'tolist([true, "x"])', r'tolist([[1], [2]])',
        r'tomap({"a" = 1, "b" = 2})', r'tomap({"a" = "foo", "b" = true})', r'tomap({})',
        r'tomap({a = 1, b = [1]})', r'tomap(["a"])',
        r'toset(["a", "b", "c"])', r'toset(["c", "b", "b"])', r'toset([3, 10, 1])',
        r'toset(["a", 1])', r'toset([])', r'toset([true, false, true])', r'toset(["10", "9"])',
        r'toset([1.5, -2, 10])', r'toset("a")',
        r'issensitive(sensitive("x"))', r'issensitive("x")', r'nonsensitive(sensitive("x"))',
        r'nonsensitive("x")', r'ephemeralasnull("x")', r'issensitive(nonsensitive(sensitive(1)))',
        r'nonsensitive(length(sensitive([1, 2])))',
    ],
}

# Cases our value model cannot reproduce on purpose, with the reason.
SKIPS = {
    'format("%v", null)': "an untyped null literal: Terraform leaves the result unknown; a "
    "typed null (a variable's) prints null, which is what we do",
    'strrev("a\\u0301b")': "Terraform normalizes strings to NFC; our strings are kept as written",
    'concat(toset(["b", "a"]), ["c"])': "sets are lists in our value model; Terraform's concat "
    "rejects a set",
    'base64gzip("hello hello hello hello")': "Go's deflate finds back-references; ours writes "
    "literals only (a valid gzip of the same text, different bytes)",
    'issensitive(sensitive("x"))': "sensitivity is not tracked by our value model",
    'cidrhost("::ffff:10.0.0.0/104", 1)': "an IPv4-mapped IPv6 network: Terraform's CIDR library "
    "mixes the 4- and 16-byte forms and answers 0:1::ffff:a00:0",
}


UNKNOWN = object()
ERROR = object()


def terraform_json(expr):
    """The value Terraform gives for `jsonencode(expr)` decoded, ERROR when it is an error,
    UNKNOWN when Terraform leaves it unknown (known only after apply)."""
    env = dict(os.environ, TF_CLI_CONFIG_FILE=os.devnull, CHECKPOINT_DISABLE="1")
    # A module of its own for each run: parallel consoles in one directory fight over the
    # state lock.
    with tempfile.TemporaryDirectory() as workdir:
        pathlib.Path(workdir, "main.tf").write_text("")
        proc = subprocess.run(
            ["terraform", "console", "-no-color"],
            input=f"jsonencode({expr})\n",
            capture_output=True,
            text=True,
            cwd=workdir,
            env=env,
            timeout=60,
        )
    if proc.returncode != 0:
        if "Error acquiring the state lock" in proc.stderr or "Error:" not in proc.stderr:
            raise RuntimeError(f"console failed for {expr!r}: {proc.stderr}")
        return ERROR
    out = proc.stdout.strip()
    if out == "(known after apply)":
        return UNKNOWN
    if not out.startswith('"'):
        raise RuntimeError(f"unexpected console output for {expr!r}: {out!r}")
    # The console prints the JSON text as a quoted string whose escapes JSON shares.
    return json.loads(json.loads(out))


def main():
    jobs = [(group, expr) for group, exprs in CASES.items() for expr in exprs]
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        results = list(pool.map(lambda job: terraform_json(job[1]), jobs))
    cases = []
    for (group, expr), result in zip(jobs, results):
        case = {"group": group, "expr": expr}
        if result is ERROR:
            case["error"] = True
        elif result is UNKNOWN:
            case["unknown"] = True
        else:
            case["json"] = result
        if expr in SKIPS:
            case["skip"] = SKIPS[expr]
        cases.append(case)
    seen = set()
    for case in cases:
        if case["expr"] in seen:
            sys.exit(f"duplicate expression {case['expr']!r}")
        seen.add(case["expr"])
    text = json.dumps(cases, indent=1, ensure_ascii=False) + "\n"
    (HERE / "cases.json").write_text(text, encoding="utf-8")
    errors = sum(1 for c in cases if c.get("error"))
    print(f"{len(cases)} cases, {errors} errors, {len(SKIPS)} skipped")


if __name__ == "__main__":
    main()
